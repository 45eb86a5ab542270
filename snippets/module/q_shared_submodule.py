# A module passed to two constructors and stored as it is becomes a child of
# both: one set of weights, trained by both. deepcopy gives each its own.
import copy

import torch
from torch import nn


class Head(nn.Module):
    def __init__(self, predictor, copy_it):
        super().__init__()
        self.predictor = copy.deepcopy(predictor) if copy_it else predictor

    def forward(self, x):
        return self.predictor(x)


torch.manual_seed(0)
for copy_it in (False, True):
    predictor = nn.Linear(2, 1)
    a, b = Head(predictor, copy_it), Head(predictor, copy_it)
    with torch.no_grad():
        a.predictor.weight.add_(1.0)              # "training" a only
    print(f"deepcopy={copy_it}: same module in a and b:",
          a.predictor is b.predictor,
          "| b changed with a:", torch.equal(a.predictor.weight,
                                             b.predictor.weight),
          "| caller's predictor changed:", torch.equal(predictor.weight,
                                                       a.predictor.weight))
