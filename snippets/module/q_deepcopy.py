# copy.deepcopy(model): an independent copy, and when it fails.
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
clone = copy.deepcopy(model)
print("same values:", torch.equal(clone[0].weight, model[0].weight),
      "| same tensors:", clone[0].weight is model[0].weight,
      "| shared memory:",
      clone[0].weight.data_ptr() == model[0].weight.data_ptr())
with torch.no_grad():
    model[0].weight.add_(1)
print("changing the original leaves the copy:",
      not torch.equal(clone[0].weight, model[0].weight))

# Anything built from model.parameters() (an optimizer, for one) holds
# the original's Parameters, none of the copy's.
originals = {id(p) for p in model.parameters()}
print("copy shares a Parameter with the original:",
      any(id(p) in originals for p in clone.parameters()))


# deepcopy fails on a tensor attribute that is the result of a
# computation with grad (not a leaf), such as an output cached in forward.
class Cache(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.last = None

    def forward(self, x):
        self.last = self.fc(x)  # keeps a non-leaf tensor on the module
        return self.last


m = Cache()
m(torch.ones(1, 2))
try:
    copy.deepcopy(m)
except RuntimeError as e:
    print("RuntimeError:", str(e).split("  ")[0])
m.last = m.last.detach()  # or do not keep it; or keep it under no_grad
print("after detach:", type(copy.deepcopy(m)).__name__, "copied")
