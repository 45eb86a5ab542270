# A buffer, or a Parameter with requires_grad=False?
import torch
from torch import nn


class Both(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.zeros(3))
        self.scale = nn.Parameter(torch.ones(3), requires_grad=False)


m = Both()
print("state_dict:", list(m.state_dict()))
print("parameters():", [n for n, _ in m.named_parameters()],
      "| buffers():", [n for n, _ in m.named_buffers()])
m.double()
print("both converted:", m.mean.dtype, m.scale.dtype)

# The differences: a Parameter is in parameters(), so it is counted,
# handed to optimizers, and unfrozen by a model-wide requires_grad_().
m.requires_grad_(True)
print("after m.requires_grad_(True): scale", m.scale.requires_grad,
      "| mean", m.mean.requires_grad)
(m.scale * m.mean).sum().backward()
print("so backward() now gives it a .grad, for any optimizer to apply:",
      m.scale.grad is not None, "| the buffer:", m.mean.grad)
print("counted as a parameter:", sum(p.numel() for p in m.parameters()))

# requires_grad_() never touches a buffer. A buffer made from a leaf tensor
# that requires grad is another matter: register_buffer keeps the very
# tensor, so it still requires grad, and backward() fills its .grad.
m.register_buffer("tracked", torch.ones(3, requires_grad=True))
m.requires_grad_(False)
print("after m.requires_grad_(False): tracked", m.tracked.requires_grad,
      "| in buffers():", "tracked" in dict(m.named_buffers()))
(m.tracked * 2).sum().backward()
print("backward() gave the buffer a .grad:", m.tracked.grad)
