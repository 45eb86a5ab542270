# torch.save(model.state_dict), without the call, saves a bound method: the
# pickle holds the whole model and "look up state_dict on it". A method kept
# in an attribute under a private name (self.echo = self.__echo_apn, as RACNN
# does) is pickled by its unmangled name, which the class does not have.
# A small stand-in for RACNN, saved by a subprocess.
import os
import pickle
import runpy

import torch

helper = runpy.run_path("snippets/module/whole_model.py")

NETS = '''
from torch import nn


class RACNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.echo = None

    def __echo_apn(self, x):         # stored as _RACNN__echo_apn
        return self.fc(x)

    def mode(self, mode_type):
        self.echo = self.__echo_apn
'''
TRAIN = '''
import torch
import nets
torch.manual_seed(0)
net = nets.RACNN()
torch.save(net.state_dict, "plain.pt")   # no call: a bound method
net.mode("apn")
torch.save(net.state_dict, "racnn.pt")   # the same, after mode("apn")
torch.save(net.state_dict(), "racnn_state.pt")   # the fix: call it
'''

folder, _, nets = helper["trained"](NETS, TRAIN)

net = nets.RACNN()
print("net.state_dict is a", type(net.state_dict).__name__,
      "| pickled as:", net.state_dict.__reduce__()[0].__name__,
      "of the model and", repr(net.state_dict.__reduce__()[1][1]))
path = os.path.join(folder, "racnn.pt")
print("globals the file names:",
      sorted(torch.serialization.get_unsafe_globals_in_checkpoint(path)))

try:
    torch.load(path)                 # weights_only=True, the default
except pickle.UnpicklingError as e:
    print("UnpicklingError: ...", helper["refused"](e)[1])

loaded = torch.load(os.path.join(folder, "plain.pt"), weights_only=False)
print("plain.pt loads as a", type(loaded).__name__, "of",
      type(loaded.__self__).__name__)
try:
    nets.RACNN().load_state_dict(loaded)
except TypeError as e:
    print("TypeError:", e)

net.mode("apn")
print("echo pickles as:", repr(net.echo.__reduce__()[1][1]),
      "| the class has:", [k for k in vars(nets.RACNN) if "echo_apn" in k],
      "| a complete model has it:", hasattr(net, "__echo_apn"))
try:
    torch.load(path, weights_only=False)
except AttributeError as e:
    print("AttributeError:", e)

# The fix: torch.save(net.state_dict(), path), a dict of tensors.
state = torch.load(os.path.join(folder, "racnn_state.pt"))
print("saved with the call:", type(state).__name__,
      nets.RACNN().load_state_dict(state))


# Salvage racnn.pt (a file you trust): failed lookups give None, then call
# the loaded bound method for the state_dict.
bound = torch.load(path, weights_only=False, pickle_module=helper["salvage"])
rebuilt = nets.RACNN()
print("salvaged:", rebuilt.load_state_dict(bound()))
assert all(torch.equal(state[k], v) for k, v in rebuilt.state_dict().items())

helper["forget"](folder)
