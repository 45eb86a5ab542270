# "Why did .to() not convert (or move) it?": the mask as a plain tensor
# and as a buffer, through a change of dtype, then of device.
import torch
from torch import nn


class Masked(nn.Module):  # Masked from above, with the fix as an option
    def __init__(self, as_buffer):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        mask = torch.tensor([1.0, 0.0, 1.0])
        if as_buffer:  # or: self.mask = nn.Buffer(mask)
            self.register_buffer("mask", mask)
        else:
            self.mask = mask

    def forward(self, x):
        return x * self.weight * self.mask


def attempt(compute):  # the result, or the error it raised
    try:
        return compute()
    except RuntimeError as e:
        return f"RuntimeError: {e}"


for as_buffer in (False, True):
    m = Masked(as_buffer)
    print("mask as a buffer:" if as_buffer else "mask as a plain tensor:",
          "buffers()", [n for n, _ in m.named_buffers()],
          "| state_dict()", list(m.state_dict()))
    m.to(torch.float64)
    x = torch.ones(3, dtype=torch.float64)
    print("  m.to(torch.float64): mask", m.mask.dtype, "| m(x)", m(x).dtype)
    print("    x @ m.mask ->", attempt(lambda: (x @ m.mask).dtype))
    m.to("meta")
    x = x.to("meta")
    print("  m.to('meta'): mask on", m.mask.device)
    print("    m(x) ->", attempt(lambda: m(x).device))
print("a 0-dim CPU tensor mixes with a meta one:",
      (x * torch.tensor(2.0)).device)
