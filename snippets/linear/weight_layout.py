# The weight is stored (out_features, in_features): row j serves output j.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(in_features=3, out_features=2)
W = lin.weight
print("weight shape:", tuple(W.shape), " stride:", W.stride(),
      " contiguous:", W.is_contiguous())
print("bias shape:", tuple(lin.bias.shape), " (one entry per output)")

x = torch.tensor([1., 2., 3.])
for j in range(2):  # output j is the dot product of x with row j of the weight
    y_j = W[j] @ x + lin.bias[j]
    print(f"y[{j}] = W[{j}] . x + b[{j}] = {y_j.item():.4f}")
print("lin(x)  =", [round(v, 4) for v in lin(x).tolist()])
print("fan_in, fan_out as nn.init reads them:",
      nn.init._calculate_fan_in_and_fan_out(W))
