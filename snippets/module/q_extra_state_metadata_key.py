# A state_dict() override that adds its own '_metadata' KEY (the pattern of a
# model library's base class, reproduced here with a stand-in): nested or
# copied, every instance writes to the one shared dict under the same
# unprefixed key. Then: a warning, a key nn.Module cannot load, and a KeyError
# in code that looks a submodule's keys up under its prefix.
# The fix: extra state.
import copy
import warnings

import torch
from torch import nn

MESSAGE = ("Attempting to update metadata for a module with metadata "
           "already in self.state_dict()")


class TaggedModel(nn.Module):
    """Stand-in for a base class whose state_dict() adds the init arguments."""

    def __init__(self, width):
        super().__init__()
        self.init_kwargs = {"width": width}
        self.proj = nn.Linear(width, width)

    def state_dict(self, destination=None, prefix="", keep_vars=False):
        sd = super().state_dict(destination=destination, prefix=prefix,
                                keep_vars=keep_vars)
        if sd.get("_metadata") is None:
            sd["_metadata"] = self.init_kwargs        # a key, without prefix
        else:
            warnings.warn(MESSAGE)
        return sd


def state_dict_and_warnings(model):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sd = model.state_dict()
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
    return sd


torch.manual_seed(0)
alone = TaggedModel(2).state_dict()
print("alone:", list(alone))
pair = nn.Sequential(TaggedModel(2), TaggedModel(3))
sd = state_dict_and_warnings(pair)
print("pair:", list(sd), "| '_metadata':", sd["_metadata"])
try:
    nn.Sequential(TaggedModel(2), TaggedModel(3)).load_state_dict(sd)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}".replace("\t", "    "))


# A wrapper that keeps the original and a trainable copy, and collects the
# copy's entries by the keys of the copy's own state_dict() under its prefix.
class KeepCopy(nn.Module):
    def __init__(self, module):
        super().__init__()
        self.original_module = module
        self.copy = copy.deepcopy(module)

    def copy_state(self, sd, prefix):
        return {k: sd[prefix + "copy." + k] for k in self.copy.state_dict()}


wrapped = nn.Sequential(KeepCopy(TaggedModel(2)))
sd = state_dict_and_warnings(wrapped)
print("wrapped:", list(sd))
try:
    wrapped[0].copy_state(sd, "0.")
except KeyError as e:
    print(f"{type(e).__name__}: {e}")


# Without changing the library: a subclass with nn.Module's state_dict.
class UntaggedModel(TaggedModel):
    state_dict = nn.Module.state_dict


wrapped = nn.Sequential(KeepCopy(UntaggedModel(2)))
sd = state_dict_and_warnings(wrapped)
print("untagged copy_state:", list(wrapped[0].copy_state(sd, "0.")))


# Fix: keep the per-model data as extra state, which nn.Module files under
# the module's own prefix and hands back to set_extra_state on loading.
class TaggedModelFixed(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.init_kwargs = {"width": width}
        self.proj = nn.Linear(width, width)

    def get_extra_state(self):
        return dict(self.init_kwargs)

    def set_extra_state(self, state):
        if state != self.init_kwargs:
            warnings.warn(f"checkpoint made with {state}, "
                          f"model built with {self.init_kwargs}")


pair = nn.Sequential(TaggedModelFixed(2), TaggedModelFixed(3))
sd = state_dict_and_warnings(pair)
print("fixed pair:", list(sd))
fresh = nn.Sequential(TaggedModelFixed(2), TaggedModelFixed(3))
print("fixed pair loads:", fresh.load_state_dict(sd))
wrapped = nn.Sequential(KeepCopy(TaggedModelFixed(2)))
sd = state_dict_and_warnings(wrapped)
print("fixed copy_state:", list(wrapped[0].copy_state(sd, "0.")))
assert sd["0.copy._extra_state"] == {"width": 2}
