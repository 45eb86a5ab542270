# Tied weights: one Parameter under two names. load_state_dict copies into the
# module's own tensors, so the tie survives; assign=True breaks it.
import torch
from torch import nn


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Linear(3, 3, bias=False)
        self.decoder = nn.Linear(3, 3, bias=False)
        self.decoder.weight = self.encoder.weight  # the same Parameter


torch.manual_seed(0)
source = Tied()
checkpoint = source.state_dict()
print("keys:", list(checkpoint), "| one tensor:",
      checkpoint["encoder.weight"].data_ptr()
      == checkpoint["decoder.weight"].data_ptr())

model = Tied()
model.load_state_dict(checkpoint)
print("after load_state_dict, still tied:",
      model.encoder.weight is model.decoder.weight)

# Two values for the one tensor: the later key is copied last, and wins.
other = {"encoder.weight": torch.zeros(3, 3),
         "decoder.weight": torch.ones(3, 3)}
model.load_state_dict(other)
print("tied, and both read:", model.encoder.weight.sum().item(),
      model.decoder.weight.sum().item())

# assign=True puts a new Parameter made from each checkpoint tensor in place,
# one per name: two Parameters, though they share the checkpoint's memory.
model.load_state_dict(checkpoint, assign=True)
print("after assign=True, one Parameter:",
      model.encoder.weight is model.decoder.weight,
      "| parameters():", len(list(model.parameters())),
      "| same memory:",
      model.encoder.weight.data_ptr() == model.decoder.weight.data_ptr())
# The fix: tie them again after loading (or load without assign=True).
model.decoder.weight = model.encoder.weight
print("tied again:", model.encoder.weight is model.decoder.weight,
      "| parameters():", len(list(model.parameters())))
