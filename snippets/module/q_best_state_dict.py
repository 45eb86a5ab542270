# Keeping the "best" weights: state_dict() returns the module's own tensors
# (detached, not copied), so training on changes what you kept.
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
best_ref = model.state_dict()                  # shares memory with model
best_copy = copy.deepcopy(model.state_dict())  # a snapshot
best_clone = {k: v.clone() for k, v in model.state_dict().items()}
start = model.weight.detach().clone()
start_ptr = model.weight.data_ptr()

# "Training on" after the best epoch: one optimizer step, which updates
# the parameters in place.
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.randn(4, 2)).pow(2).mean().backward()
optimizer.step()

print("weights moved:", not torch.equal(model.weight, start))
for name, kept in (("state_dict()", best_ref), ("deepcopy", best_copy),
                   ("clone", best_clone)):
    print(f"{name:<12} still holds the best weights:",
          torch.equal(kept["weight"], start))
print("state_dict() value shares the weight's memory:",
      best_ref["weight"].data_ptr() == model.weight.data_ptr(),
      "| the step kept the Parameter's memory:",
      model.weight.data_ptr() == start_ptr)
