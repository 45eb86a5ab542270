# A whole pickled model names its class by module path and name; loading it
# where that class cannot be imported under the same name fails.
import io
import sys
import types

import torch
from torch import nn

# A module "models" with a class Net, as a training script would import it.
models = types.ModuleType("models")
exec("from torch import nn\n"
     "class Net(nn.Module):\n"
     "    def __init__(self):\n"
     "        super().__init__()\n"
     "        self.fc = nn.Linear(2, 1)\n", models.__dict__)
sys.modules["models"] = models

buffer = io.BytesIO()
torch.save(models.Net(), buffer)
state = io.BytesIO()
torch.save(models.Net().state_dict(), state)


def load():
    buffer.seek(0)
    return torch.load(buffer, weights_only=False)


del models.Net                       # the class renamed or moved since
try:
    load()
except AttributeError as e:
    print("AttributeError:", e)
del sys.modules["models"]            # the module not importable here
try:
    load()
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# The fix: make the class importable under its old path before loading...
exec("class Net(nn.Module):\n"
     "    def __init__(self):\n"
     "        super().__init__()\n"
     "        self.fc = nn.Linear(2, 1)\n", models.__dict__)
sys.modules["models"] = models
print("loaded:", type(load()).__qualname__)

# ...or, better, keep state_dicts: they name no class of yours.
state.seek(0)
print("state_dict:", models.Net().load_state_dict(torch.load(state)))

del sys.modules["models"]                   # (leave no module behind)
