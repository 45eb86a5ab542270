# A weight kept as (in_features, out_features): nn.init reads its fans the
# wrong way round unless it is handed the transpose.
import math

import torch
from torch import nn

n_in, n_out = 1000, 10
w = torch.empty(n_in, n_out)  # used as x @ w, not x @ w.T
fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(w)
print(f"stored (in, out) = {tuple(w.shape)}: "
      f"nn.init's fan_in = {fan_in}, fan_out = {fan_out}")
gen = torch.Generator().manual_seed(0)
target = math.sqrt(2 / n_in)  # He for ReLU over the 1000 inputs
nn.init.kaiming_normal_(w, nonlinearity="relu", generator=gen)
print(f"kaiming_normal_(w):     std {w.std():.4f} (wanted {target:.4f})")
nn.init.kaiming_normal_(w.t(), nonlinearity="relu", generator=gen)
print(f"kaiming_normal_(w.t()): std {w.std():.4f}  (a view: it writes into w)")
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu", generator=gen)
print(f"mode='fan_out' on w:    std {w.std():.4f}")
