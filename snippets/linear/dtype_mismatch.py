# Integer or double input into a float32 layer: the error, and two ways out.
import torch
import torch.nn.functional as F
from torch import nn

lin = nn.Linear(3, 2)
print("weight dtype:", lin.weight.dtype)

for x in [torch.tensor([[1, 2, 3]]),
          torch.tensor([[1., 2., 3.]], dtype=torch.float64)]:
    try:
        lin(x)
    except RuntimeError as e:
        print(f"input {x.dtype}: RuntimeError: {e}")

x = torch.tensor([[1, 2, 3]])
print("cast the input:  ", lin(x.to(lin.weight.dtype)).dtype)
lin64 = nn.Linear(3, 2).to(torch.float64)
print("cast the module: ", lin64(x.to(torch.float64)).dtype)
ints = F.linear(x, torch.tensor([[1, 2, 3], [4, 5, 6]]), torch.tensor([1, 2]))
print("all-int64 F.linear on CPU:", ints, ints.dtype)
