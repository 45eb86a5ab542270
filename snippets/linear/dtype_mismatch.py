# Integer or double input into a float32 layer: the error, and the ways out.
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
# Elementwise + promotes instead: the result takes the wider type.
print("x + weight:", (x + lin.weight).dtype,
      " x.double() + weight:", (x.double() + lin.weight).dtype)
print("cast the input:  ", lin(x.to(lin.weight.dtype)).dtype)
lin64 = nn.Linear(3, 2).to(torch.float64)
print("cast the module: ", lin64(x.to(torch.float64)).dtype)

# Neither the constructor nor .to() makes an integer layer: the constructor
# makes parameters that require gradients, which must be float or complex,
# and Module.to refuses any dtype that is neither.
try:
    nn.Linear(3, 2, dtype=torch.int64)
except RuntimeError as e:
    print(f"nn.Linear(3, 2, dtype=torch.int64) raises RuntimeError:\n  {e}")
try:
    nn.Linear(3, 2).to(torch.int64)
except TypeError as e:
    print(f"nn.Linear(3, 2).to(torch.int64) raises TypeError:\n  {e}")

# The function itself is not float-only:
ints = F.linear(x, torch.tensor([[1, 2, 3], [4, 5, 6]]), torch.tensor([1, 2]))
print("all-int64 F.linear on CPU:", ints, ints.dtype)
# Exact until a sum leaves int64's range; past it the result is undefined
# (this build wraps): 2**62 + 2**62
big = F.linear(torch.tensor([[2**62, 2**62]]), torch.tensor([[1, 1]]))
print("2**62 + 2**62 in int64:", big.item(), "| true value:", 2**63)
# So a layer can hold int64 parameters that require no gradient: it
# computes exactly (barring overflow), but cannot be trained.
int_layer = nn.Linear(3, 2)
int_layer.weight = nn.Parameter(torch.tensor([[1, 2, 3], [4, 5, 6]]),
                                requires_grad=False)
int_layer.bias = nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
print("int64 parameters, requires_grad=False:", int_layer(x),
      int_layer.weight.dtype)
