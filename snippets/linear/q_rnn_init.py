# --8<-- [start:source]
# LSTM, GRU and RNN: every parameter, biases included, is drawn from
# U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)); input size plays no part.
# Their reset_parameters, with the installed file's line numbers:
import inspect
import math
import os

import torch
from torch import nn

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.LSTM), site_packages))
lines, first = inspect.getsourcelines(nn.LSTM.reset_parameters)
for number, line in enumerate(lines, first):
    print(f"{number:5}  {line}".rstrip())
# --8<-- [end:source]

# --8<-- [start:values]
torch.manual_seed(0)
hidden = 64
for rnn in (nn.LSTM(input_size=300, hidden_size=hidden),
            nn.GRU(input_size=300, hidden_size=hidden),
            nn.RNN(input_size=300, hidden_size=hidden)):
    print(f"{type(rnn).__name__}  bound 1/sqrt({hidden}) = "
          f"{1 / math.sqrt(hidden):.4f}")
    for name, p in rnn.named_parameters():
        print(f"  {name:12} {str(tuple(p.shape)):10} "
              f"max |value| {p.abs().max().item():.4f}")
# --8<-- [end:values]
