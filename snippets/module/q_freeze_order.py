# requires_grad is one flag per tensor: the last assignment wins, so a later
# "train everything" loop undoes an earlier freeze.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
for p in model[0].parameters():
    p.requires_grad = False            # freeze the first layer...
for p in model.parameters():
    p.requires_grad = True             # ...then "train all layers"
print("frozen:",
      [n for n, p in model.named_parameters() if not p.requires_grad])

# A name pattern that matches nothing freezes nothing, silently as well.
freeze = ["backbone."]
for name, p in model.named_parameters():
    p.requires_grad = not any(name.startswith(f) for f in freeze)
print("frozen by 'backbone.':",
      [n for n, p in model.named_parameters() if not p.requires_grad])

# The fix: decide each parameter once, from names that exist, and check.
freeze = ["0."]
for name, p in model.named_parameters():
    p.requires_grad = not any(name.startswith(f) for f in freeze)
frozen = [n for n, p in model.named_parameters() if not p.requires_grad]
assert frozen, f"nothing matched {freeze}"
print("frozen:", frozen)
optimizer = torch.optim.SGD(
    [p for p in model.parameters() if p.requires_grad], lr=0.1)
before = model[0].weight.clone()
model(torch.ones(1, 2)).sum().backward()
optimizer.step()
print("frozen layer unchanged after a step:",
      torch.equal(before, model[0].weight))
