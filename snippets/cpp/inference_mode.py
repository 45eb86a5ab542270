# The same dispatch mode as in the op table, while autograd is switched off
# in two ways: torch.no_grad() and torch.inference_mode().
import os

import torch
from torch import nn
from torch.utils._python_dispatch import (TorchDispatchMode,
                                          _get_current_dispatch_mode)


class RecordOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ops = []
        self.mode_inside = []  # the dispatch mode on while this method runs

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops.append(str(func))
        self.mode_inside.append(_get_current_dispatch_mode())
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3)
for switch in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    with switch(), RecordOps() as rec:
        y = lin(x)
    print(f"{switch.__name__ + ':':16} {rec.ops}")

# what the recorded aten.linear ran, as the profiler records it
os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr
with torch.inference_mode(), torch.profiler.profile() as prof:
    with RecordOps() as rec:
        lin(x)
print("the mode on inside its own __torch_dispatch__:", rec.mode_inside)
print("the profiler:", ", ".join(e.name for e in prof.events()))
