# torch.distributed.checkpoint.state_dict on a module with extra state, on a
# CPU with no process group: get_model_state_dict keeps `_extra_state` and
# set_model_state_dict hands it back. The key names no attribute of the module:
# a getattr of it, what the key-to-module walk did for every name of a key
# before pytorch/pytorch#125336, raises.
import runpy

import torch
import torch.distributed as dist
from torch.distributed.checkpoint.state_dict import (
    get_model_state_dict,
    set_model_state_dict,
)

# The loader section's ScaledLinear and build(), from the same helper.
build = runpy.run_path("snippets/module/scaled_linear.py")["build"]

print("process group initialized:", dist.is_initialized())
torch.manual_seed(0)
model = build()
model[0].scale = torch.tensor([0.25])
sd = get_model_state_dict(model)
print("get_model_state_dict:", list(sd))
print("0._extra_state:", sd["0._extra_state"])
assert list(sd) == list(model.state_dict())

fresh = build()
print("set_model_state_dict:", set_model_state_dict(fresh, sd),
      "| scale:", fresh[0].scale)
assert torch.equal(fresh[0].scale, model[0].scale)

# The name is a state_dict key, not an attribute of the module.
try:
    getattr(model[0], "_extra_state")
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
