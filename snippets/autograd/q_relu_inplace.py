# nn.ReLU(inplace=True) writes its result into its input; applied to a
# parameter itself, that is an in-place change of a leaf.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
weight = nn.Parameter(torch.randn(2, 3))

try:
    nn.ReLU(inplace=True)(weight)
except RuntimeError as e:
    print("nn.ReLU(inplace=True)(weight): RuntimeError:", e)

print("F.relu(weight):", type(F.relu(weight).grad_fn).__name__,
      "(inplace=False is F.relu's default)")

before = weight.detach().clone()
out = nn.ReLU(inplace=True)(weight.clone())  # the copy is changed
out.sum().backward()
print("ReLU(inplace=True) on weight.clone(): weight unchanged",
      torch.equal(weight.detach(), before), " weight.grad",
      weight.grad.tolist())
