# Four common reasons why lin.weight.grad is None after training code ran.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3)

lin = nn.Linear(3, 2)
print("1. before any backward():      ", lin.weight.grad)
lin(x).sum().backward()
print("   after backward():           ", tuple(lin.weight.grad.shape))

lin = nn.Linear(3, 2)
with torch.no_grad():
    out = lin(x)  # e.g. a forward pass copied from evaluation code
print("2. output made under no_grad:   requires_grad", out.requires_grad)
try:
    out.sum().backward()
except RuntimeError as e:
    print("   RuntimeError:", e)

lin = nn.Linear(3, 2)
out = lin(x.detach()).detach()  # or .item(), .numpy(), torch.tensor(out)
print("3. graph cut by detach():       grad_fn", out.grad_fn)

lin = nn.Linear(3, 2)
w = lin.weight * 1.0  # any operation gives a non-leaf copy
(x @ w.T).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("4. .grad of a non-leaf:        ", w.grad)
print("   warning:", str(caught[0].message).split(". ")[0])
print("   the leaf got it:            ", tuple(lin.weight.grad.shape))
