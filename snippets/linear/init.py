# Where nn.Linear's initial values come from, and a check that they stay in the promised range.
# --8<-- [start:source]
import inspect
import math

import torch
from torch import nn

print(inspect.getsource(nn.Linear.reset_parameters))
# --8<-- [end:source]

# --8<-- [start:bound]
fan_in = 256
gain = nn.init.calculate_gain("leaky_relu", math.sqrt(5))  # sqrt(2 / (1 + a**2)) = sqrt(1/3)
std = gain / math.sqrt(fan_in)
bound = math.sqrt(3.0) * std  # a uniform U(-bound, bound) has standard deviation bound/sqrt(3)
print(f"gain = {gain:.6f}, std = {std:.6f}, bound = {bound:.6f}, 1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.6f}")
# --8<-- [end:bound]

# --8<-- [start:empirical]
torch.manual_seed(0)
lin = nn.Linear(in_features=fan_in, out_features=512)
limit = 1 / math.sqrt(fan_in)
for name, p in lin.named_parameters():
    print(f"{name:6} {str(tuple(p.shape)):10} min {p.min().item():+.5f}  max {p.max().item():+.5f}  "
          f"within ±{limit:.5f}: {bool(p.abs().max() <= limit)}  "
          f"std {p.std().item():.5f} (uniform predicts {limit / math.sqrt(3):.5f})")
# --8<-- [end:empirical]
