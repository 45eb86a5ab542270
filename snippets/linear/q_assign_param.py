# Assigning a plain tensor to weight fails; assigning a new Parameter
# works but leaves an optimizer built earlier holding the old one.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
optimizer = torch.optim.SGD(lin.parameters(), lr=0.1)
try:
    lin.weight = torch.ones(2, 3)
except TypeError as e:
    print("TypeError:", e)

old = lin.weight
lin.weight = nn.Parameter(torch.ones(2, 3))  # accepted: a new leaf
print("optimizer still holds the old weight:",
      optimizer.param_groups[0]["params"][0] is old)
old_values = old.detach().clone()
lin(torch.ones(1, 3)).sum().backward()
optimizer.step()  # skips the old weight: its .grad is None
print("new weight after a step:", lin.weight.tolist(), "(not updated)")
print("new weight has a grad:", lin.weight.grad is not None,
      " old weight has a grad:", old.grad is not None,
      " old weight unchanged:", torch.equal(old, old_values))

lin.weight = nn.Parameter(torch.ones(5, 5))  # no shape check either
try:
    lin(torch.ones(1, 3))
except RuntimeError as e:
    print("RuntimeError at the next call:", e)
