# The same dispatch mode as in the op table, while autograd is switched off
# in two ways: torch.no_grad() and torch.inference_mode().
import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        # while this method runs, the mode is off: what func calls inside
        # is not recorded
        self.ops.append(str(func))
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3)
for switch in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    with switch(), RecordOps() as rec:
        y = lin(x)
    print(f"{switch.__name__ + ':':16} {rec.ops}")
