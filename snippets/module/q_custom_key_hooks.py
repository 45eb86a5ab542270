# A state_dict post-hook that saves a custom attribute adds a key that no
# parameter or buffer has; load_state_dict reports it as unexpected unless
# the load side takes the key out of the dict before the check.
import torch
from torch import nn


def save_temperature(module, state_dict, prefix, local_metadata):
    state_dict[prefix + "temperature"] = torch.tensor(module.temperature)


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 2)
        self.temperature = 1.0                      # a plain attribute
        self.register_state_dict_post_hook(save_temperature)


def make(cls):
    return nn.Sequential(nn.ReLU(), cls())


torch.manual_seed(0)
trained = make(Scaled)
trained[1].temperature = 0.5
checkpoint = trained.state_dict()
print("saved keys:", list(checkpoint))
try:
    make(Scaled).load_state_dict(checkpoint)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[1].strip()}")


# Load side, first way: a load pre-hook runs before the check, on the
# keys under this module's prefix, and pops its key.
def load_temperature(module, state_dict, prefix, *args):
    value = state_dict.pop(prefix + "temperature", None)
    if value is not None:
        module.temperature = value.item()


class HookedScaled(Scaled):
    def __init__(self):
        super().__init__()
        self.register_load_state_dict_pre_hook(load_temperature)


model = make(HookedScaled)
print("pre-hook:", model.load_state_dict(checkpoint),
      "| temperature:", model[1].temperature)
print("checkpoint still has the key:", "1.temperature" in checkpoint)


# Second way: override _load_from_state_dict, pop the key, call super().
class OverriddenScaled(Scaled):
    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        value = state_dict.pop(prefix + "temperature", None)
        if value is not None:
            self.temperature = value.item()
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)


model = make(OverriddenScaled)
print("override:", model.load_state_dict(checkpoint),
      "| temperature:", model[1].temperature)


# Built in: get_extra_state/set_extra_state save and load one object
# under the key "_extra_state", with no hook.
class ExtraScaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 2)
        self.temperature = 1.0

    def get_extra_state(self):
        return {"temperature": self.temperature}

    def set_extra_state(self, state):
        self.temperature = state["temperature"]


source = make(ExtraScaled)
source[1].temperature = 0.5
state = source.state_dict()
model = make(ExtraScaled)
print("saved keys:", list(state))
print("extra state:", model.load_state_dict(state),
      "| temperature:", model[1].temperature)
