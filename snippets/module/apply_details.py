# What _apply does to each tensor it visits: the Parameter object, its
# .grad, and buffers that are not floating point (their dtype stays, their
# device does not).
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(2, 2)
lin(torch.ones(1, 2)).sum().backward()  # give weight a .grad
weight = lin.weight
lin.double()
print("lin.double(): same Parameter object:", lin.weight is weight,
      "| weight", lin.weight.dtype, "| weight.grad", lin.weight.grad.dtype)
weight = lin.weight
lin.to("meta")  # a device with shapes and no data
print("lin.to('meta'): same Parameter object:", lin.weight is weight)

for label, bn in (("double()", nn.BatchNorm1d(2).double()),
                  ("to(torch.float64)", nn.BatchNorm1d(2).to(torch.float64))):
    print(f"BatchNorm1d(2).{label} buffers:",
          {name: str(b.dtype) for name, b in bn.named_buffers()})
try:
    bn.to(torch.int64)
except TypeError as e:
    print("bn.to(torch.int64) -> TypeError:", e)
bn.to("meta")  # a change of device moves every tensor, integer ones too
print("bn.to('meta'): num_batches_tracked",
      bn.num_batches_tracked.dtype, "on", bn.num_batches_tracked.device)
