# What runs between `model(x)` and `forward`: the frames, then the source.
# --8<-- [start:frames]
import inspect
import sys
import textwrap

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
print(textwrap.dedent(inspect.getsource(nn.Module._wrapped_call_impl)))
lines = textwrap.dedent(inspect.getsource(nn.Module._call_impl))
lines = lines.splitlines()
end = next(i for i, line in enumerate(lines)
           if "return forward_call(*args, **kwargs)" in line)
print("\n".join(lines[:end + 1]))
# --8<-- [end:source]
