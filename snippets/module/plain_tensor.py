# "Why is my tensor not in parameters()?" and "why did .to() not move it?"
# --8<-- [start:bug]
import torch
from torch import nn


class Masked(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.mask = torch.tensor([1.0, 0.0, 1.0])  # a plain tensor

    def forward(self, x):
        return x * self.weight * self.mask


m = Masked()
print("parameters():", [n for n, _ in m.named_parameters()],
      "| buffers():", [n for n, _ in m.named_buffers()],
      "| state_dict():", list(m.state_dict()))
m.to(torch.float64)
print("after m.to(torch.float64): weight", m.weight.dtype,
      "| mask", m.mask.dtype)
# --8<-- [end:bug]

# --8<-- [start:device]
m.to("meta")  # a device with no data, standing in for a GPU here
print("after m.to('meta'): weight on", m.weight.device,
      "| mask on", m.mask.device)
try:
    m(torch.ones(3, dtype=torch.float64, device="meta"))
except RuntimeError as e:
    print("m(x) on meta -> RuntimeError:", e)
# --8<-- [end:device]

# --8<-- [start:fix]
class MaskedFixed(Masked):  # same forward; the mask is now a buffer
    def __init__(self):
        nn.Module.__init__(self)
        self.weight = nn.Parameter(torch.ones(3))
        # or: self.mask = nn.Buffer(torch.tensor([1.0, 0.0, 1.0]))
        self.register_buffer("mask", torch.tensor([1.0, 0.0, 1.0]))


m = MaskedFixed().to(torch.float64)
print("fixed: buffers():", [n for n, _ in m.named_buffers()],
      "| state_dict():", list(m.state_dict()),
      "| mask", m.mask.dtype)
# --8<-- [end:fix]
