# Gradient hooks on the output and on both branches of a sum.
import functools

import torch
from torch import nn

torch.manual_seed(0)

# A sum passes the same gradient to each of its inputs.
b1, b2, alpha = nn.Linear(3, 3), nn.Linear(3, 3), 0.5
x = torch.randn(4, 3)
y1, y2 = b1(x), b2(x)
scaled = alpha * y2
out = y1 + scaled
grads = {}
for name, t in [("out", out), ("b1(x)", y1), ("alpha * b2(x)", scaled),
                ("b2(x)", y2)]:
    t.register_hook(functools.partial(grads.__setitem__, name))
(out * torch.randn(4, 3)).sum().backward()
for name, g in grads.items():
    print(f"grad of {name:<13} mean {g.mean():+.4f}  std {g.std():.4f}")
