# Changing a parameter's values versus replacing the Parameter: what an
# optimizer built beforehand still holds.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(2, 2)
optimizer = torch.optim.SGD(lin.parameters(), lr=0.1)


def optimizer_holds_weight():
    return any(p is lin.weight for p in optimizer.param_groups[0]["params"])


with torch.no_grad():
    lin.weight.copy_(torch.eye(2))  # new values, same Parameter
print("after copy_:          optimizer holds lin.weight:",
      optimizer_holds_weight())

lin.weight = nn.Parameter(torch.full((2, 2), 3.0))  # a new Parameter
print("after lin.weight = ...: optimizer holds lin.weight:",
      optimizer_holds_weight())
lin(torch.ones(1, 2)).sum().backward()
before = lin.weight.detach().clone()
optimizer.step()
print("optimizer.step() changed lin.weight:",
      not torch.equal(lin.weight, before))
