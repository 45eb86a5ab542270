# The spread each nn.init scheme gives a Linear(256, 512) weight: the
# formula, and the std measured on one draw.
import math

import torch
from torch import nn

fan_in, fan_out = 256, 512
assert nn.init.calculate_gain("tanh") == 5 / 3
assert nn.init.calculate_gain("relu") == math.sqrt(2)
schemes = {
    "default (kaiming_uniform_, a=sqrt(5))":
        (lambda w: nn.init.kaiming_uniform_(w, a=math.sqrt(5)),
         math.sqrt(1 / (3 * fan_in))),
    "xavier_uniform_":
        (nn.init.xavier_uniform_, math.sqrt(2 / (fan_in + fan_out))),
    "xavier_uniform_, gain for tanh (5/3)":
        (lambda w: nn.init.xavier_uniform_(
            w, gain=nn.init.calculate_gain("tanh")),
         5 / 3 * math.sqrt(2 / (fan_in + fan_out))),
    "kaiming_normal_, relu, mode=fan_in":
        (lambda w: nn.init.kaiming_normal_(w, nonlinearity="relu"),
         math.sqrt(2 / fan_in)),
    "kaiming_normal_, relu, mode=fan_out":
        (lambda w: nn.init.kaiming_normal_(w, mode="fan_out",
                                           nonlinearity="relu"),
         math.sqrt(2 / fan_out)),
}
torch.manual_seed(0)
print(f"{'scheme':38} {'formula':>8} {'measured':>9}")
for name, (init, std) in schemes.items():
    w = init(torch.empty(fan_out, fan_in))  # nn.Linear's (out, in) layout
    print(f"{name:38} {std:8.4f} {w.std().item():9.4f}")
