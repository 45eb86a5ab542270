# Where nn.Linear's initial values come from, and a check of their range.
# --8<-- [start:source]
import inspect
import math

import torch
from torch import nn

print(inspect.getsource(nn.Linear.reset_parameters))
# --8<-- [end:source]

# --8<-- [start:bound]
fan_in = 256
# sqrt(2 / (1 + a**2)), which is sqrt(1/3) for a = sqrt(5)
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))
std = gain / math.sqrt(fan_in)
bound = math.sqrt(3.0) * std  # U(-bound, bound) has std bound/sqrt(3)
print(f"gain = {gain:.6f}, std = {std:.6f}, bound = {bound:.6f}")
print(f"1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.6f}")
# --8<-- [end:bound]

# --8<-- [start:empirical]
torch.manual_seed(0)
lin = nn.Linear(in_features=fan_in, out_features=512)
limit = 1 / math.sqrt(fan_in)
print(f"bound 1/sqrt(fan_in) = {limit:.5f}; "
      f"a uniform's std is bound/sqrt(3) = {limit / math.sqrt(3):.5f}")
print(f"{'param':7} {'shape':11} {'min':>8}  {'max':>8}   {'inside':6} std")
for name, p in lin.named_parameters():
    inside = bool(p.abs().max() <= limit)
    print(f"{name:7} {str(tuple(p.shape)):11} {p.min().item():+.5f}  "
          f"{p.max().item():+.5f}   {str(inside):6} {p.std().item():.5f}")
# --8<-- [end:empirical]
