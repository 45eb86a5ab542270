# load_state_dict(sd, assign=True) hands the flag to each module inside that
# module's entry of sd._metadata, the dict you passed, and leaves it there:
# a later default load of the same sd assigns too.
import torch
from torch import nn

torch.manual_seed(0)
sd = nn.Linear(2, 2).state_dict()
print("before:", sd._metadata)
first = nn.Linear(2, 2)
first.load_state_dict(sd, assign=True)       # first now holds sd's tensors
print("after a load with assign=True:", sd._metadata)

model = nn.Linear(2, 2)
weight = model.weight
model.load_state_dict(sd)                    # the default, assign=False
print("a later default load: the model keeps its Parameter:",
      model.weight is weight, "| its weight is sd's memory:",
      model.weight.data_ptr() == sd["weight"].data_ptr())
with torch.no_grad():
    first.weight.add_(1.0)                   # a step of training `first`
print("training first changes model's weight too:",
      torch.equal(model.weight, first.weight))

# The fix: take the flag out again (or load a state_dict made anew).
for entry in sd._metadata.values():
    entry.pop("assign_to_params_buffers", None)
model = nn.Linear(2, 2)
weight = model.weight
model.load_state_dict(sd)
assert model.weight is weight and torch.equal(weight, sd["weight"])
print("flag removed, default load: the model keeps its Parameter:",
      model.weight is weight, "| its weight is sd's memory:",
      model.weight.data_ptr() == sd["weight"].data_ptr())
