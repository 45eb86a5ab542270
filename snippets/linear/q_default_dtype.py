# What decides an nn.Linear's dtype when none is given: the default dtype,
# which torch.set_default_dtype changes for every layer built after it.
import torch
from torch import nn

print("default dtype:", torch.get_default_dtype(),
      "->", nn.Linear(3, 2).weight.dtype)
torch.set_default_dtype(torch.float64)  # e.g. set once, far away, by a library
lin = nn.Linear(3, 2)
print("after set_default_dtype(float64):", lin.weight.dtype,
      "| torch.tensor([1.0]):", torch.tensor([1.0]).dtype)
x32 = torch.randn(4, 3, dtype=torch.float32)
try:
    lin(x32)
except RuntimeError as e:
    print("float32 input: RuntimeError:", e)
print("dtype=torch.float32 given:",
      nn.Linear(3, 2, dtype=torch.float32).weight.dtype)
torch.set_default_dtype(torch.float32)  # the fix: set it back, or pass dtype=
print("set back:", nn.Linear(3, 2).weight.dtype)
assert nn.Linear(3, 2).weight.dtype == torch.float32
