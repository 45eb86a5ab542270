# What runs between `model(x)` and `forward`: the frames, then the source.
# --8<-- [start:frames]
import inspect
import sys

import torch
from torch import nn

MODULE_PY = inspect.getsourcefile(nn.Module)  # torch/nn/modules/module.py


class Show(nn.Module):
    def forward(self, x):
        frame, callers = sys._getframe(1), []
        while frame.f_code.co_filename == MODULE_PY:
            callers.append(frame.f_code.co_name)
            frame = frame.f_back
        print("forward was called by:", " <- ".join(callers))
        return x * 2


m = Show()
print("type(m).__call__ is nn.Module._wrapped_call_impl:",
      type(m).__call__ is nn.Module._wrapped_call_impl)
y = m(torch.ones(1))
# --8<-- [end:frames]

# --8<-- [start:source]
import os

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(MODULE_PY, site_packages))
for function in (nn.Module._wrapped_call_impl, nn.Module._call_impl):
    lines, first = inspect.getsourcelines(function)
    for number, line in enumerate(lines, first):
        print(f"{number:5}  {line}".rstrip())
        if "return forward_call(*args, **kwargs)" in line:
            break  # _call_impl without hooks ends here
# --8<-- [end:source]
