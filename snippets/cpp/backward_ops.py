# The backward pass of a 2-D nn.Linear call: the ops AddmmBackward0 runs,
# recorded the same way as the forward ops.
import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name, overload = func.overloadpacket.__name__, func._overloadname
        if overload != "default":
            name = f"{name}.{overload}"
        self.ops.append(name)
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3, requires_grad=True)
y = lin(x)
inputs = [f.name().split("::")[-1] for f, _ in y.grad_fn.next_functions]
print("graph:", y.grad_fn.name(), "<-", inputs)
loss = y.sum()
with RecordOps() as rec:
    loss.backward()
print("backward ops:", ", ".join(rec.ops))
print("grad shapes:",
      {name: tuple(p.grad.shape) for name, p in lin.named_parameters()},
      "x:", tuple(x.grad.shape))
