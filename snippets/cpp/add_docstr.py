# What _add_docstr does: it sets the docstring of an existing builtin and
# returns that same builtin.
# --8<-- [start:source]
import os
import re

import torch
import torch.nn.functional as F

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
path = os.path.join(os.path.dirname(F.__file__), "functional.py")
lines = open(path, encoding="utf-8").read().splitlines()
start = lines.index("linear = _add_docstr(")
end = next(i for i in range(start, len(lines)) if '""".format(' in lines[i])
print(f"# {os.path.relpath(path, site_packages)}")
for i in [*range(start, start + 4), end]:  # where it starts, and where it ends
    print(f"{i + 1:4}  {lines[i]}")
# --8<-- [end:source]

# --8<-- [start:placeholders]
text = "\n".join(lines[start:end])
print("placeholders in linear's docstring:", re.findall(r"{(\w+)}", text))
print("F.linear.__doc__ still has one:", "{sparse_beta_warning}" in
      F.linear.__doc__)
# --8<-- [end:placeholders]

# --8<-- [start:behaviour]
print("_add_docstr is", F._add_docstr.__module__ + "._add_docstr, a",
      type(F._add_docstr).__name__)

# a builtin of the same module that has no docstring yet
fn = torch._C._nn._test_string_default
print("before:", fn.__doc__)
returned = torch._C._add_docstr(fn, "Demo docstring.")
print("returns the same object:", returned is fn, "| now:", fn.__doc__)
try:
    torch._C._add_docstr(F.linear, "A second docstring.")
except RuntimeError as e:
    print("RuntimeError:", e)
# --8<-- [end:behaviour]
