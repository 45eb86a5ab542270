# A module's walkers see only its three stores. A plain tensor attribute,
# even one with requires_grad=True, is in the instance __dict__ instead.
import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))        # _parameters
        self.register_buffer("mean", torch.zeros(3))     # _buffers
        self.scale = torch.ones(3, requires_grad=True)   # __dict__
        self.offset = torch.zeros(3)                     # __dict__

    def forward(self, x):
        return (x - self.mean) * self.weight * self.scale + self.offset


m = Scaled()
print("stores:", list(m._parameters), list(m._buffers),
      "| in __dict__:", [k for k in ("scale", "offset") if k in vars(m)])
print("named_parameters:", [n for n, _ in m.named_parameters()])
print("state_dict:      ", list(m.state_dict()))

opt = torch.optim.SGD(m.parameters(), lr=0.1)
for step in (1, 2):
    opt.zero_grad()
    m(torch.ones(3)).sum().backward()
    opt.step()
    print(f"step {step}: weight {m.weight[0].item():.2f}",
          f"| scale {m.scale[0].item():.2f},",
          f"scale.grad {m.scale.grad[0].item():.2f}")

m.double()
print("after double():", m.weight.dtype, m.mean.dtype,
      "| scale", m.scale.dtype, "offset", m.offset.dtype)


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.register_buffer("mean", torch.zeros(3))
        self.scale = nn.Parameter(torch.ones(3))          # trained
        self.register_buffer("offset", torch.zeros(3),
                             persistent=False)            # not saved

    forward = Scaled.forward


f = Fixed().double()
print("fixed parameters:", [n for n, _ in f.named_parameters()],
      "| buffers:", [n for n, _ in f.named_buffers()])
print("fixed state_dict:", list(f.state_dict()),
      "| scale", f.scale.dtype, "offset", f.offset.dtype)
