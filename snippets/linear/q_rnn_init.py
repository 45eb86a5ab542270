# LSTM, GRU and RNN: every parameter, biases included, is drawn from
# U(-1/sqrt(hidden_size), 1/sqrt(hidden_size)); input size plays no part.
import inspect
import math

import torch
from torch import nn

print(inspect.getsource(nn.LSTM.reset_parameters))
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
