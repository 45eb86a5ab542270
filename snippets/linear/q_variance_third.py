# The default initialisation gives outputs a third of the input's variance;
# by design, and one argument away from 1 if you want that.
import math

import torch
from torch import nn

torch.manual_seed(0)
n = 1024
x = torch.randn(4096, n)  # unit-variance inputs
lin = nn.Linear(n, n, bias=False)
print(f"Var(w) = {lin.weight.var():.3e}, 1/(3·fan_in) = {1 / (3 * n):.3e}")
with torch.no_grad():
    print(f"default: Var(x) = {x.var():.3f}, Var(y) = {lin(x).var():.3f}")
    # gain 1 (nonlinearity="linear") keeps the variance at 1:
    nn.init.kaiming_uniform_(lin.weight, nonlinearity="linear")
    print("kaiming_uniform_(nonlinearity='linear'): "
          f"Var(y) = {lin(x).var():.3f}")
    nn.init.normal_(lin.weight, std=1 / math.sqrt(n))  # LeCun normal
    print(f"normal_(std=1/sqrt(fan_in)): Var(y) = {lin(x).var():.3f}")
