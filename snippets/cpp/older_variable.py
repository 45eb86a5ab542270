# Code from torch 0.3: Variable, volatile=True, loss.data[0].
import warnings

import torch
from torch.autograd import Variable

t = torch.ones(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = Variable(t, volatile=True)       # 0.3's way to switch autograd off
print("Variable(t):", type(v).__name__,
      "| shares memory with t:", v.data_ptr() == t.data_ptr())
print(f"{caught[0].category.__name__}: {caught[0].message}")

loss = (Variable(t, requires_grad=True) * 2).sum()
try:
    loss.data[0]                         # 0.3: a 1-element tensor
except IndexError as e:
    print(f"{type(e).__name__}: {e}")

assert loss.item() == 6.0                # a Python number
with torch.no_grad():                    # what volatile=True did
    y = t * 2
assert not y.requires_grad
print("loss.item():", loss.item(), "| under no_grad:", y.requires_grad)
