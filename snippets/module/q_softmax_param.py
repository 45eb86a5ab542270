# Assigning a computed tensor to a parameter's name fails; compute it into a
# local name in forward, or declare it with a parametrization.
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import parametrize


class Mix(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer_weights = nn.Parameter(torch.zeros(3))

    def forward(self, xs):
        self.layer_weights = F.softmax(self.layer_weights, dim=0)  # the bug
        return sum(w * x for w, x in zip(self.layer_weights, xs))


xs = [torch.full((2,), float(i)) for i in range(3)]
try:
    Mix()(xs)
except TypeError as e:
    print("TypeError:", e)


class MixLocal(Mix):  # fix 1: a local name; the parameter stays raw
    def forward(self, xs):
        weights = F.softmax(self.layer_weights, dim=0)
        return sum(w * x for w, x in zip(weights, xs))


m = MixLocal()
print("fix 1:", m(xs).tolist(),
      "| trained:", [n for n, _ in m.named_parameters()])


class Softmax(nn.Module):
    def forward(self, raw):
        return F.softmax(raw, dim=0)


class MixRead(Mix):  # fix 2: forward reads self.layer_weights as it is...
    def forward(self, xs):
        return sum(w * x for w, x in zip(self.layer_weights, xs))


m = MixRead()  # ...and every read of it returns the softmax of the raw one
parametrize.register_parametrization(m, "layer_weights", Softmax())
print("fix 2:", m(xs).tolist(), "| reads as",
      [round(w, 4) for w in m.layer_weights.tolist()],
      "| trained:", [n for n, _ in m.named_parameters()])
