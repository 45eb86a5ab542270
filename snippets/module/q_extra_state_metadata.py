# The `_metadata` attribute of the OrderedDict that state_dict() returns: one
# {"version": cls._version} per module, keyed by the module's prefix; what
# load_state_dict reads from it, and what a plain dict of the same items loses.
import io

import torch
from torch import nn


def build():
    return nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))


torch.manual_seed(0)
model = build()
sd = model.state_dict()
print("keys:", list(sd))
print("_metadata:", sd._metadata)
print("'_metadata' in sd:", "_metadata" in sd)

# torch.save pickles the attribute with the dict; a rebuilt dict drops it.
buffer = io.BytesIO()
torch.save(sd, buffer)
buffer.seek(0)
print("after torch.save/load:", torch.load(buffer)._metadata)
plain = {k: v for k, v in sd.items()}
print("a plain dict has _metadata:", hasattr(plain, "_metadata"))
assert not hasattr(dict(sd), "_metadata")

# BatchNorm is at version 2 (num_batches_tracked was added then). A checkpoint
# without that key is an error when its metadata says version 2, and is taken
# for an older checkpoint (the buffer is filled in) when it has no metadata.
old_style = type(sd)(
    (k, v) for k, v in sd.items() if k != "1.num_batches_tracked")
old_style._metadata = sd._metadata
try:
    build().load_state_dict(old_style)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}".replace("\t", "    "))
del old_style._metadata
print("without _metadata:", build().load_state_dict(old_style))


# The versions are read through a per-module dict: an override that replaces
# the attribute with a dict of its own leaves every module without a version.
class Versioned(nn.Linear):
    _version = 3

    def _load_from_state_dict(self, state_dict, prefix, local_metadata, *args):
        print(f"  {type(self).__name__} at {prefix!r} gets local_metadata",
              local_metadata)
        super()._load_from_state_dict(
            state_dict, prefix, local_metadata, *args)


class Tagged(nn.Sequential):
    def state_dict(self, *args, **kwargs):
        sd = super().state_dict(*args, **kwargs)
        sd._metadata = {"author": "me"}               # replaces torch's
        return sd


print("torch's _metadata:")
saved = nn.Sequential(Versioned(2, 2)).state_dict()
nn.Sequential(Versioned(2, 2)).load_state_dict(saved)
print("replaced _metadata:")
result = Tagged(Versioned(2, 2)).load_state_dict(
    Tagged(Versioned(2, 2)).state_dict())
