# A per-feature linear embedding: feature i (one number) times its own
# vector weight[i] of d_embedding values, plus bias[i]. It is
# n_features layers nn.Linear(1, d_embedding): each output sums ONE input.
import math
import torch
from torch import nn

torch.manual_seed(0)
n_features, d = 3, 64
x = torch.randn(100_000, n_features)

ref = nn.Linear(1, d)                       # one feature's layer
fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(ref.weight)
print(f"nn.Linear(1, {d}): weight {tuple(ref.weight.shape)}, fan_in "
      f"{fan_in}, bound 1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.3f}")

for name, bound in [("bound 1/sqrt(1), nn.Linear(1, d)'s", 1.0),
                    (f"bound 1/sqrt(d_embedding) = {1 / math.sqrt(d):.3f}",
                     1 / math.sqrt(d))]:
    weight = torch.empty(n_features, d).uniform_(-bound, bound)
    out = weight[None] * x[..., None]       # (batch, n_features, d)
    print(f"{name:<36} output variance {out.var():.4f} "
          f"(bound^2 / 3 = {bound ** 2 / 3:.4f})")
# kaiming_uniform_ on the (n_features, d) tensor reads dim 1 as fan_in:
w = torch.empty(n_features, d)
print("fans read from a (n_features, d) tensor:",
      nn.init._calculate_fan_in_and_fan_out(w))
