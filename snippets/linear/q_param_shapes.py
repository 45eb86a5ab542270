# The shapes of nn.Linear's parameters, for a few layers.
import torch
from torch import nn

layers = [nn.Linear(3, 2), nn.Linear(784, 10),
          nn.Linear(512, 64, bias=False)]
for lin in layers:
    bias = None if lin.bias is None else tuple(lin.bias.shape)
    print(f"{lin}\n  weight {tuple(lin.weight.shape)}  bias {bias}"
          f"  weight.T {tuple(lin.weight.T.shape)}")
lin = nn.Linear(784, 10)
x = torch.randn(32, 784)
print("x", tuple(x.shape), "@ weight.T", tuple(lin.weight.T.shape), "+ bias",
      tuple(lin.bias.shape), "->", tuple(lin(x).shape))
out_features, in_features = lin.weight.shape
assert (in_features, out_features) == (lin.in_features, lin.out_features)
