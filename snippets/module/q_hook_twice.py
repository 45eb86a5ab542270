# A forward hook that runs more than once per forward pass: it was registered
# more than once (a notebook cell or a function run again), or its module is
# called more than once in forward.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
calls = []


def record(module, args, output):
    calls.append(type(module).__name__)


for _ in range(3):              # the registering cell, run three times
    model[0].register_forward_hook(record)
model(torch.ones(1, 2))
print("registered 3 times, calls in one pass:", calls,
      "| hooks on model[0]:", len(model[0]._forward_hooks))

# Fix: keep the handle and remove the hook before registering it again.
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU())   # a model with no hooks
handle = None
for _ in range(3):
    if handle is not None:
        handle.remove()
    handle = model[0].register_forward_hook(record)
calls.clear()
model(torch.ones(1, 2))
print("handle removed before each registration:", calls)
handle.remove()


# A module called twice in forward runs its hook twice: once per call.
class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = nn.Linear(2, 2)

    def forward(self, x):
        return self.block(torch.relu(self.block(x)))


twice = Twice()
outputs = []
handle = twice.block.register_forward_hook(
    lambda module, args, output: outputs.append(output.shape))
twice(torch.ones(1, 2))
print("a module used twice in forward:", len(outputs), "calls")
handle.remove()
