# Which torch.nn.functional functions have Python source, and where the
# others come from. inspect finds source only for Python functions.
import inspect
import os
import re

import torch
import torch.nn.functional as F

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
for name in ("relu", "softmax", "layer_norm", "dropout",
             "conv2d", "linear", "gelu", "avg_pool2d"):
    fn = getattr(F, name)
    try:
        lines, start = inspect.getsourcelines(fn)
    except TypeError as e:  # a builtin: no code object to read
        error = str(e).split(", got ")[-1]
        owner = getattr(fn, "__self__", None)  # None for a static method
        if getattr(torch._C._VariableFunctions, fn.__name__, None) is fn:
            owner = "torch._C._VariableFunctions"
        else:
            owner = owner.__name__
        print(f"F.{name:11} TypeError (got {error}): {owner}.{fn.__name__}")
        continue
    path = os.path.relpath(inspect.getsourcefile(fn), site_packages)
    # the builtin its last lines call: torch.X, _VF.X or input.X
    calls = re.findall(r"\b(torch\.\w+|_VF\.\w+|input\.\w+)\(",
                       "".join(lines))
    print(f"F.{name:11} Python, in {path}; ends calling {calls[-1]}")

print("F.conv2d is torch.conv2d:", F.conv2d is torch.conv2d)
print("what a builtin still tells you:")
print("  docstring:", F.conv2d.__doc__.strip().splitlines()[0][:60], "...")
print("  schema:   ", torch.ops.aten.conv2d.default._schema.name,
      torch.ops.aten.conv2d.overloads())
