# What to collect before reporting an INTERNAL ASSERT: the commit the
# installed torch was built from, where the message's file is (a header in
# the wheel, or a source file only in the repository at that commit), whether
# this build runs the debug-only asserts, and the environment script.
import importlib.util
import re
from pathlib import Path

import torch

commit = torch.version.git_version
print("torch", torch.__version__, "built from commit", commit)
print("debug build:", torch.version.debug)

include = Path(torch.__file__).parent / "include"
for where in ["torch/csrc/autograd/python_torch_functions_manual.cpp:702",
              "c10/util/intrusive_ptr.h:380"]:
    path, line = where.rsplit(":", 1)
    header = include / path
    if header.is_file():
        # an installed header has one line more, the first, than the file
        text = header.read_text().splitlines()[int(line)]
        print(f"{where}: in the wheel, torch/include/{path}, "
              f"line {int(line) + 1}: {text.strip()}")
    else:
        url = f"https://github.com/pytorch/pytorch/blob/{commit}/{path}"
        print(f"{where}: not in the wheel; read it at {url}#L{line}")

# The check of the "new_refcount != 1" message, in intrusive_ptr's retain_:
# a debug-only assert in this torch, compiled out of a release build.
lines = (include / "c10/util/intrusive_ptr.h").read_text().splitlines()
i = next(n for n, t in enumerate(lines) if "new_refcount != 1" in t)
macro = re.search(r"TORCH_INTERNAL_ASSERT\w*", lines[i - 1]).group()
print("new_refcount != 1 is checked by", macro)
assert macro == "TORCH_INTERNAL_ASSERT_DEBUG_ONLY" and not torch.version.debug

# python -m torch.utils.collect_env prints the versions a report asks for
# (its output describes the computer it runs on, so it is not run here).
spec = importlib.util.find_spec("torch.utils.collect_env")
print("torch.utils.collect_env:", "found" if spec else "missing")
assert spec is not None
