# torch.save(model) pickles the class by its module path and name, and the
# instance's __dict__ with everything other code attached to it. A method
# attached to the instance (as pretrainedmodels' densenet121 attaches logits)
# is pickled as "look this name up on the model", and that lookup fails
# whenever the file is loaded, in the saving process too. Small stand-ins,
# saved by a subprocess.
import os
import pickle
import runpy

import torch

helper = runpy.run_path("snippets/module/whole_model.py")

NETS = '''
import types
import torch.nn.functional as F
from torch import nn


class DenseNet(nn.Module):           # stand-in for torchvision's DenseNet
    def __init__(self):
        super().__init__()
        self.features = nn.Conv2d(3, 8, 3)
        self.classifier = nn.Linear(8, 2)

    def forward(self, x):
        return self.classifier(self.features(x).mean((2, 3)))


def densenet121():                   # as pretrainedmodels builds it
    model = DenseNet()
    model.last_linear = model.classifier
    del model.classifier

    def logits(self, features):
        return self.last_linear(F.relu(features).mean((2, 3)))

    def forward(self, x):
        return self.logits(self.features(x))

    model.logits = types.MethodType(logits, model)
    model.forward = types.MethodType(forward, model)
    return model
'''
TRAIN = '''
import torch
import nets
torch.manual_seed(0)
model = nets.densenet121()           # ...trained here...
torch.save(model, "densenet.pth")                    # the whole model
torch.save(model.state_dict(), "densenet_state.pth")  # its tensors only
'''

folder, _, nets = helper["trained"](NETS, TRAIN)

model = nets.densenet121()
print("attached to the instance:",
      [k for k in vars(model) if k not in vars(nets.DenseNet())])
print("logits pickles as:", model.logits.__reduce__()[0].__name__,
      "of", repr(model.logits.__reduce__()[1][1]))
path = os.path.join(folder, "densenet.pth")
print("globals the file names:",
      sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))

try:
    torch.load(path)                 # weights_only=True, the default
except pickle.UnpicklingError as e:
    first, unsupported = helper["refused"](e)
    print("UnpicklingError:", first, "...", unsupported)
try:
    torch.load(path, weights_only=False)
except AttributeError as e:
    print("AttributeError:", e)

# Fix: save and load the state_dict; the same code rebuilds the model.
fresh = nets.densenet121()
state = torch.load(os.path.join(folder, "densenet_state.pth"))
print("state_dict:", fresh.load_state_dict(state))


# Salvage a whole-model file you trust: let each failed lookup give None,
# then keep only the loaded object's state_dict().
old = torch.load(path, weights_only=False, pickle_module=helper["salvage"])
print("salvaged logits:", vars(old)["logits"], "| forward is the class's:",
      vars(old)["forward"].__func__ is nets.DenseNet.forward)
rebuilt = nets.densenet121()
print("rebuilt from it:", rebuilt.load_state_dict(old.state_dict()))
x = torch.randn(1, 3, 8, 8)
assert torch.equal(rebuilt(x), fresh(x))   # the trained weights, both ways

helper["forget"](folder)
