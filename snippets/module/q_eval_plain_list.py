# An ensemble that keeps its models in a plain list: eval() and train()
# reach only submodules, so the listed models stay in training mode and
# their Dropout keeps dropping. nn.ModuleList makes them submodules.
import torch
from torch import nn


def member():
    return nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))


class Ensemble(nn.Module):
    def __init__(self, members):
        super().__init__()
        self.members = members

    def forward(self, x):
        return torch.stack([m(x) for m in self.members]).mean(0)


torch.manual_seed(0)
x = torch.ones(1, 4)
for wrap in (list, nn.ModuleList):
    ensemble = Ensemble(wrap([member(), member()])).eval()
    first, second = ensemble(x), ensemble(x)
    print(f"{wrap.__name__}: members training:",
          [m.training for m in ensemble.members],
          "| two calls agree:", torch.equal(first, second))
assert not any(m.training for m in ensemble.members)
assert torch.equal(ensemble(x), ensemble(x))
