# Copying weights from one model into another whose parameter names differ:
# load_state_dict matches by key, so map the keys, load layer by layer, or
# copy tensor by tensor; assigning .data shares memory instead of copying.
import torch
from torch import nn

torch.manual_seed(0)
source = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(2, 3), nn.Linear(3, 1)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


target = Net()
result = target.load_state_dict(source.state_dict(), strict=False)
print("same weights, other names:", result)

# Fix 1: rename the keys, pairing them in order and checking the shapes.
pairs = list(zip(target.state_dict().items(), source.state_dict().items()))
assert all(t.shape == s.shape for (_, t), (_, s) in pairs)
print("renamed:", target.load_state_dict({tk: s for (tk, _), (_, s) in pairs}))

# Fix 2: load layer by layer: each layer's own keys are "weight" and "bias".
target.fc1.load_state_dict(source[0].state_dict())
target.fc2.load_state_dict(source[2].state_dict())

# Fix 3: copy tensor by tensor, without recording the copy in autograd.
with torch.no_grad():
    target.fc1.weight.copy_(source[0].weight)
x = torch.randn(4, 2)
assert torch.equal(target(x), source(x))
print("outputs equal after the copy:", torch.equal(target(x), source(x)))

# All three copy values: training the source later leaves the target alone.
with torch.no_grad():
    source[0].weight.add_(1.0)
print("copied, then the source changed; target unchanged:",
      not torch.equal(target.fc1.weight, source[0].weight))

# Assigning .data copies nothing: both parameters then share one memory.
target.fc1.weight.data = source[0].weight.data
with torch.no_grad():
    source[0].weight.add_(1.0)
print(".data assigned, then the source changed; target changed too:",
      torch.equal(target.fc1.weight, source[0].weight))

# What load_state_dict leaves as it was: requires_grad flags and the mode.
source.requires_grad_(False).eval()
copy = Net()
copy.load_state_dict({tk: s for (tk, _), (_, s) in pairs})
print("after loading from a frozen model in eval mode: requires_grad",
      copy.fc1.weight.requires_grad, "| training", copy.training)
