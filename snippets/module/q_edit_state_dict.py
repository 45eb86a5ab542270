# state_dict() returns the module's own tensors (detached), so changing one in
# place changes the model; putting a new tensor under a key of that dict only
# changes the dict. load_state_dict copies a dict back into the model.
import torch
from torch import nn

model = nn.Linear(2, 1)
state = model.state_dict()
state["bias"] = torch.tensor([5.0])          # a new tensor in the dict
print("dict's bias:", state["bias"].tolist(), "| model's bias changed:",
      model.bias.item() == 5.0)

state["weight"].zero_()                      # in place: the model's memory
print("weight zeroed in place, model's weight:", model.weight.tolist())

# Fix: edit the dict, then load it back (or change the parameter itself
# under torch.no_grad()).
print(model.load_state_dict(state))
assert model.bias.item() == 5.0
with torch.no_grad():
    model.weight.fill_(1.0)
print("after load_state_dict and fill_:", model.weight.tolist(),
      model.bias.tolist())
