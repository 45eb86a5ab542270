# torch.distributed.checkpoint.state_dict on a module with extra state, on a
# CPU with no process group: get_model_state_dict keeps `_extra_state` and
# set_model_state_dict hands it back. The key names no attribute of the module:
# a getattr of it, what the key-to-module walk did for every name of a key
# before pytorch/pytorch#125336, raises.
import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.checkpoint.state_dict import (
    get_model_state_dict,
    set_model_state_dict,
)


class ScaledLinear(nn.Linear):
    """A stand-in for a layer that keeps non-tensor state as extra state."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scale = torch.ones(1)

    def get_extra_state(self):
        return {"scale": self.scale.clone()}

    def set_extra_state(self, state):
        self.scale = state["scale"].clone()


def build():
    return nn.Sequential(ScaledLinear(2, 2), nn.ReLU(), ScaledLinear(2, 1))


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
