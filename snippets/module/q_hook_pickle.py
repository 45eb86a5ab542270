# torch.save(model) pickles the module object, hook tables included; a hook
# made inside a function (a closure) or a lambda cannot be pickled.
import io
import pickle
import re

import torch
from torch import nn

activations = {}


def get_activation(name):
    def hook(module, args, output):
        activations[name] = output.detach()
    return hook


model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
handles = [model[i].register_forward_hook(get_activation(f"layer{i}"))
           for i in (0, 2)]
model(torch.ones(1, 2))
print("captured:", sorted(activations))

try:
    torch.save(model, io.BytesIO())
except Exception as e:
    print(f"{type(e).__name__}: {e}")

# Fix 1: save the state_dict: tensors only, no hooks.
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
print("state_dict saved:", buffer.tell() > 0)

# Fix 2: remove the hooks (their handles) before pickling the whole model.
for handle in handles:
    handle.remove()
buffer = io.BytesIO()
torch.save(model, buffer)
print("whole model saved once the hooks are removed:", buffer.tell() > 0)

# A lambda has no name to be looked up by either: one defined at module level
# fails with a PicklingError (its address dropped from the message here).
handle = model[0].register_forward_hook(lambda module, args, output: None)
try:
    torch.save(model, io.BytesIO())
except pickle.PicklingError as e:
    print("PicklingError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
handle.remove()


# The same message for a class: a model class defined inside a function or a
# method (such as an encoder() that builds and returns an Encoder) is a local
# object, and torch.save(model) pickles each module's class by its name.
def encoder():
    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 3)

        def forward(self, x):
            return self.conv(x)
    return Encoder()


net = nn.Sequential(encoder(), nn.ReLU())
try:
    torch.save(net, io.BytesIO())
except AttributeError as e:
    print(f"AttributeError: {e}")

# The state_dict holds tensors only: it saves, and loads into a model built
# by the same code.
buffer = io.BytesIO()
torch.save(net.state_dict(), buffer)
buffer.seek(0)
rebuilt = nn.Sequential(encoder(), nn.ReLU())
print("state_dict saved and loaded:",
      rebuilt.load_state_dict(torch.load(buffer)))
