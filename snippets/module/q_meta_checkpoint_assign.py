# A state_dict whose tensors are on the meta device holds shapes, no values.
# The default load copies into the model's tensors and fails; assign=True
# raises nothing, because it puts the meta tensors in place of the model's.
import warnings

import torch
from torch import nn

with torch.device("meta"):
    unloaded = nn.Linear(3, 4)
meta_state = unloaded.state_dict()          # every value is on meta

torch.manual_seed(0)
model = nn.Linear(3, 4)
try:
    model.load_state_dict(meta_state)        # param.copy_(meta tensor)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[1].strip()}")

old_weight = model.weight
print("assign=True:", model.load_state_dict(meta_state, assign=True))
print("model.weight is the old Parameter:", model.weight is old_weight,
      "| device:", model.weight.device)
try:
    model(torch.ones(1, 3))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# The fix is a state_dict with data: check it before saving or loading.
print("meta keys:", [k for k, v in meta_state.items() if v.is_meta])
torch.manual_seed(0)
real_state = nn.Linear(3, 4).state_dict()
assert not any(v.is_meta for v in real_state.values())

# The model is on meta now: a copy into a meta tensor does nothing, and
# assign=True is what loads real values into it.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.load_state_dict(real_state)        # copy_ into meta: no-op
print(f"{caught[0].category.__name__}: {caught[0].message}")
print("without assign:", model.weight.device)
model.load_state_dict(real_state, assign=True)
assert torch.equal(model.weight, real_state["weight"])
print("with assign=True:", model.weight.device,
      "| out:", tuple(model(torch.ones(1, 3)).shape))
