# The optimizer keeps the Parameter objects it was given. A layer replaced
# afterwards (a new head for fine-tuning) brings new Parameters, which it has
# never seen: they get gradients, and no step changes them.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model[2] = nn.Linear(4, 3)            # new head, after the optimizer was built


def step(model, optimizer):
    before = model[2].weight.detach().clone()
    optimizer.zero_grad()
    model(torch.randn(8, 4)).sum().backward()
    optimizer.step()
    return not torch.equal(before, model[2].weight)


def untracked(model, optimizer):
    known = {id(p) for group in optimizer.param_groups
             for p in group["params"]}
    return [name for name, p in model.named_parameters() if id(p) not in known]


changed = step(model, optimizer)
print("head has a grad:", model[2].weight.grad is not None,
      "| head changed by the step:", changed)
print("parameters the optimizer does not hold:", untracked(model, optimizer))

# Fix: change the model first, then build the optimizer from its parameters
# (or add the new ones with add_param_group).
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
assert untracked(model, optimizer) == []
print("optimizer built after the change: head changed by the step:",
      step(model, optimizer))

# Or keep the optimizer (and its state for the other layers) and add the
# new layer's parameters to it as a group of their own.
model[2] = nn.Linear(4, 3)
optimizer.add_param_group({"params": model[2].parameters()})
assert untracked(model, optimizer) == []
print("add_param_group: head changed by the step:", step(model, optimizer))
