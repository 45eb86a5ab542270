# A layer assigned in __init__ is registered, so parameters(), state_dict()
# and any count or summary built on them include it, whether forward uses it
# or not.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(8, 8)
        self.head = nn.Linear(8, 2)
        self.old_head = nn.Linear(8, 10)   # left from an earlier version

    def forward(self, x):
        return self.head(torch.relu(self.body(x)))


def count(m):
    return sum(p.numel() for p in m.parameters())


model = Net()
print("parameters() count:", count(model),
      "| old_head alone:", count(model.old_head),
      "| saved:", "old_head.weight" in model.state_dict())

# Which layers does forward call? A forward hook on every module records it.
called = set()
handles = [m.register_forward_hook(
               lambda m, args, out, name=name: called.add(name))
           for name, m in model.named_modules() if name]
model(torch.randn(4, 8)).sum().backward()
for handle in handles:
    handle.remove()
print("never called:",
      [n for n, _ in model.named_modules() if n and n not in called])
print("no gradient after backward:",
      [n for n, p in model.named_parameters() if p.grad is None])
print("count of the layers forward called:",
      sum(p.numel() for n, m in model.named_modules() if n in called
          for p in m.parameters(recurse=False)))

# The fix: do not register what forward does not use, or delete it.
del model.old_head
assert "old_head" not in dict(model.named_children())
print("after del model.old_head:", count(model), list(model.state_dict()))
