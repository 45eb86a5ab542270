# What a copy of a model shares with the original: copy.deepcopy shares
# nothing (and keeps sharing inside the copy); copy.copy shares everything.
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2))
model[1].weight = model[0].weight              # tied inside the model

deep = copy.deepcopy(model)
print("deepcopy: same weight object as the original:",
      deep[0].weight is model[0].weight,
      "| tie kept inside the copy:", deep[1].weight is deep[0].weight)

shallow = copy.copy(model)
print("copy.copy: same weight object:", shallow[0].weight is model[0].weight,
      "| same _modules dict:", shallow._modules is model._modules)
shallow[1] = nn.Identity()                     # replaces it in both
print("after replacing a layer of the shallow copy, the original has:",
      type(model[1]).__name__)

# For a second model with the same values and its own tensors, deepcopy (or
# build one and load_state_dict); its optimizer must be its own.
with torch.no_grad():
    deep[0].weight.add_(1.0)
print("deep copy trained, original unchanged:",
      not torch.equal(deep[0].weight, model[0].weight))
