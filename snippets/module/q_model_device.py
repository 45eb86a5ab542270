# A Module has no .device: its tensors each have one, and they need not
# agree. Ask a parameter (or buffer).
import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
try:
    model.device
except AttributeError as e:
    print("AttributeError:", e)

print("next(model.parameters()).device:", next(model.parameters()).device)
print("all devices:", {t.device for t in model.state_dict().values()})

# "meta" tensors (shape, no data) show a mixed model on any machine.
model[1].to("meta")
print("after model[1].to('meta'):",
      sorted(str(t.device) for t in model.state_dict().values()))
print("first parameter only says:", next(model.parameters()).device)


# If your code needs one, a property can compute it from the parameters.
class WithDevice(nn.Linear):
    @property
    def device(self):
        return self.weight.device


print("WithDevice(2, 2).device:", WithDevice(2, 2).device)
