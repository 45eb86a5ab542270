# get_extra_state/set_extra_state: one `<prefix>_extra_state` entry per
# module in state_dict(), handed back to set_extra_state by load_state_dict;
# what happens when the entry is absent, or when the module has no
# set_extra_state.
import io
import pickle

import torch
from torch import nn


class ScaledLinear(nn.Linear):
    """A stand-in for a layer that keeps non-tensor state (as FP8 layers keep
    their scaling metadata) outside its parameters and buffers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.meta = {"scale": 1.0, "history": []}     # a plain attribute

    def get_extra_state(self):
        return dict(self.meta)                        # any picklable object

    def set_extra_state(self, state):
        self.meta = dict(state)


torch.manual_seed(0)
model = nn.Sequential(ScaledLinear(2, 2), nn.ReLU(), ScaledLinear(2, 1))
model[0].meta = {"scale": 0.5, "history": [3.0, 4.0]}
sd = model.state_dict()
print("keys:", list(sd))
print("0._extra_state:", sd["0._extra_state"])

fresh = nn.Sequential(ScaledLinear(2, 2), nn.ReLU(), ScaledLinear(2, 1))
print("load:", fresh.load_state_dict(sd), "| fresh[0].meta:", fresh[0].meta)
assert fresh[0].meta == model[0].meta

# The entry absent: a missing key, like a missing parameter.
no_extra = {k: v for k, v in sd.items() if k != "0._extra_state"}
try:
    fresh.load_state_dict(no_extra)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}".replace("\t", "    "))
fresh[0].meta = {"scale": 1.0, "history": []}
print("strict=False:", fresh.load_state_dict(no_extra, strict=False),
      "| fresh[0].meta:", fresh[0].meta)           # set_extra_state not called


# get_extra_state without set_extra_state: the entry is unexpected.
class SaveOnly(nn.Linear):
    def get_extra_state(self):
        return {"scale": 0.5}


save_only = nn.Sequential(SaveOnly(2, 2))
sd2 = save_only.state_dict()
print("keys:", list(sd2))
try:
    save_only.load_state_dict(sd2)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}".replace("\t", "    "))
print("strict=False:", save_only.load_state_dict(sd2, strict=False))


# torch.save pickles any object; torch.load, with its default
# weights_only=True, unpickles tensors, builtin values, plain containers and a
# fixed list of torch types, not an object of another class that you have not
# allowed (here the io.BytesIO that an extra state can be).
class BytesState(nn.Linear):
    def get_extra_state(self):
        return io.BytesIO(b"scaling data")

    def set_extra_state(self, state):
        self.meta = state


for module in (model, nn.Sequential(BytesState(2, 2))):
    buffer = io.BytesIO()
    torch.save(module.state_dict(), buffer)
    buffer.seek(0)
    try:
        loaded = torch.load(buffer)
        print("torch.load:", loaded["0._extra_state"])
    except pickle.UnpicklingError as e:
        print(f"torch.load: {type(e).__name__}: {str(e)[:24]}")
