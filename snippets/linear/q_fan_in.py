# The default bound follows in_features only: change out_features and it
# stays; change in_features and it moves.
import math

import torch
from torch import nn

torch.manual_seed(0)
for n_in, n_out in [(100, 10), (100, 1000), (400, 10)]:
    lin = nn.Linear(n_in, n_out)
    print(f"Linear({n_in}, {n_out}): weight.size(1) = {lin.weight.size(1)}, "
          f"max |w| = {lin.weight.abs().max():.4f}, "
          f"1/sqrt(in_features) = {1 / math.sqrt(n_in):.4f}")
