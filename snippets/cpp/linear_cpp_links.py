# Where the Linear.cpp excerpt comes from, a permalink to its lines, and one to
# the same line numbers at the commit the installed torch was built from
# (torch.version.git_version).
import re

import torch

excerpt = open("snippets/cpp/native_linear.cpp", encoding="utf-8").read()
header, quoted = excerpt.split("\n\n", 1)
fields = dict(re.findall(r"^//   (\w+):\s+(\S+)$", header, flags=re.M))
first, last = (int(n) for n in fields["lines"].split("-"))
# a line ending in a backslash continues on the next (see the excerpt's header)
lines = re.sub(r"\\\n[ \t]*", "", quoted).splitlines()
assert len(lines) == last - first + 1, "the line range does not match the text"

repo, path, commit = fields["repo"], fields["path"], fields["commit"]
installed = torch.version.git_version
print(f"- Quoted from: `{repo.removeprefix('https://github.com/')}`, "
      f"commit `{commit}`: [`{path}`, lines {first}-{last}]"
      f"({repo}/blob/{commit}/{path}#L{first}-L{last})")
print(f"- The same line numbers at the installed torch's commit, "
      f"`{installed[:10]}` (torch {torch.__version__}): "
      f"[`{path}`]({repo}/blob/{installed}/{path}#L{first}-L{last})")
print(f"- The excerpt, its continued lines joined, has {len(lines)} lines: "
      f"as many as lines {first}-{last}")
