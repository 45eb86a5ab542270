# 100 samples of one feature, given as a 1-D tensor: nn.Linear reads a
# 1-D input as ONE sample with 100 features.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(1, 1)            # one input feature, as in a regression
x = torch.linspace(0, 1, 100)    # (100,): 100 values of that feature
try:
    lin(x)
except RuntimeError as e:
    print("x of shape (100,): RuntimeError:", e)
for name, fixed in [("x.unsqueeze(1)", x.unsqueeze(1)),
                    ("x.view(-1, 1)", x.view(-1, 1)),
                    ("x[:, None]", x[:, None])]:
    print(f"{name:15} {tuple(fixed.shape)} -> {tuple(lin(fixed).shape)}")
# Several features in separate 1-D tensors: stack them as columns.
x2 = torch.rand(100)
both = torch.stack([x, x2], dim=1)
print("torch.stack([x, x2], dim=1):", tuple(both.shape), "->",
      tuple(nn.Linear(2, 1)(both).shape))
assert lin(x.unsqueeze(1)).shape == (100, 1)
