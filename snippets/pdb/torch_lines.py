# Two torch lines the sessions below stop at, found by their text in the
# installed torch and printed the way `b FILE:LINE` takes them: a path
# relative to the sys.path entry that torch was imported from.
import inspect
import pdb
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

entry = Path(torch.__file__).parent.parent  # the sys.path entry of torch


def location(function, text):
    lines, first = inspect.getsourcelines(function)
    number = first + next(i for i, line in enumerate(lines) if text in line)
    path = Path(inspect.getsourcefile(function)).relative_to(entry)
    return f"{path.as_posix()}:{number}"


print(location(nn.Linear.forward, "return F.linear("),
      "  (nn.Linear.forward calls F.linear)")
print(location(nn.Module._call_impl, "return forward_call("),
      "  (_call_impl without hooks)")
# What pdb's own lookupmodule makes of a file name, as `b` would use it.
for name in ("linear.py", "torch/nn/modules/linear.py"):
    found = pdb.Pdb().lookupmodule(name)
    print(f"lookupmodule({name!r}):",
          found and Path(found).relative_to(entry).as_posix())

# What model(x) calls, and what F.linear is: pdb stops in Python code only.
print("nn.Module.__call__ is nn.Module._wrapped_call_impl:",
      nn.Module.__call__ is nn.Module._wrapped_call_impl)
print("F.linear:", type(F.linear).__name__, "from", F.linear.__module__,
      "| Python source:", inspect.isfunction(F.linear))
