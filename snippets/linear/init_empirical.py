# The default draw against its bound, and against He init for ReLU.
import math

import torch
from torch import nn

torch.manual_seed(0)
fan_in = 256
lin = nn.Linear(in_features=fan_in, out_features=512)
limit = 1 / math.sqrt(fan_in)
print(f"bound 1/sqrt(fan_in) = {limit:.5f}; "
      f"a uniform's std is bound/sqrt(3) = {limit / math.sqrt(3):.5f}")
print(f"{'param':7} {'shape':11} {'min':>8}  {'max':>8}   {'inside':6} std")
for name, p in lin.named_parameters():
    inside = bool(p.abs().max() <= limit)
    print(f"{name:7} {str(tuple(p.shape)):11} {p.min().item():+.5f}  "
          f"{p.max().item():+.5f}   {str(inside):6} {p.std().item():.5f}")

# He init for a ReLU, from the same random draws (same seed, same shape)
torch.manual_seed(0)
default = nn.init.kaiming_uniform_(torch.empty(512, fan_in), a=math.sqrt(5))
torch.manual_seed(0)
he = nn.init.kaiming_uniform_(torch.empty(512, fan_in), nonlinearity="relu")
print(f"default: max |w| {default.abs().max().item():.5f}, "
      f"std {default.std().item():.5f}")
print(f"He/ReLU: max |w| {he.abs().max().item():.5f}, "
      f"std {he.std().item():.5f}")
print(f"ratio of stds {(he.std() / default.std()).item():.4f}, "
      f"sqrt(6) = {math.sqrt(6):.4f}")
