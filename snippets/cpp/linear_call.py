# A program to run under a native debugger: one nn.Linear call on a 2-D input.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3)
y = lin(x)
print(y.grad_fn.name())
