# "Can't get attribute '_rebuild_tensor_v2' on <module 'torch._utils'>":
# a checkpoint is a pickle, and loading it looks up every name it holds.
import importlib
import io
import pickle
import zipfile

import torch
from torch import nn


def names_in(pickled):
    """Unpickle, noting each global; only collections and numpy run."""
    seen = set()

    class Names(pickle.Unpickler):
        def find_class(self, module, name):
            seen.add(f"{module}.{name}")
            if module.split(".")[0] in ("collections", "numpy"):
                return super().find_class(module, name)
            return lambda *args, **kwargs: None

        def persistent_load(self, pid):  # the tensors' storages
            return None

    Names(io.BytesIO(pickled)).load()
    return sorted(seen)


def here(dotted):
    module, _, name = dotted.rpartition(".")
    return hasattr(importlib.import_module(module), name)


saved = io.BytesIO()
torch.save(nn.Linear(2, 1).state_dict(), saved)
archive = zipfile.ZipFile(saved)
pkl = next(n for n in archive.namelist() if n.endswith("data.pkl"))
for name in names_in(archive.read(pkl)):
    print(f"{name:34} found here: {here(name)}")

plain = {k: v.numpy() for k, v in nn.Linear(2, 1).state_dict().items()}
print("numpy copy names torch:",
      any(n.startswith("torch") for n in names_in(pickle.dumps(plain))))


class Net(nn.Linear):
    pass


whole = io.BytesIO()
torch.save(Net(2, 1), whole)             # the whole model, pickled
whole.seek(0)
print("outside weights_only's list:",
      torch.serialization.get_unsafe_globals_in_checkpoint(whole))
