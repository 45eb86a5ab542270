# The explicit registration methods, and how the walkers name what they find.
# --8<-- [start:register]
import inspect

import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_parameter("gain", nn.Parameter(torch.ones(2)))
        self.register_parameter("shift", None)  # a name with no value
        self.register_buffer("count", torch.zeros(1))
        self.register_buffer("tmp", torch.zeros(2), persistent=False)
        self.add_module("proj", nn.Linear(2, 2))  # as self.proj = ...


net = nn.Sequential()
net.add_module("encoder", Block())
net.add_module("decoder", Block())
for method, value in ((net.add_module, nn.ReLU()),
                      (net.register_parameter, nn.Parameter(torch.ones(1))),
                      (net.register_buffer, torch.ones(1))):
    for bad in ("a.b", "", "training"):  # training: a plain attribute
        try:
            method(bad, value)
        except KeyError as e:
            print(f"{method.__name__}({bad!r}) -> KeyError: {e}")
source = inspect.getsource(nn.Sequential.__init__).splitlines()
print("nn.Sequential(*layers) runs:",
      next(line.strip() for line in source if "add_module(str" in line))
# --8<-- [end:register]

# --8<-- [start:walk]
print("named_modules:   ", [n for n, _ in net.named_modules()])
print("named_parameters:", [n for n, _ in net.named_parameters()])
print("named_buffers:   ", [n for n, _ in net.named_buffers()])
print("state_dict:      ", list(net.state_dict()))
print("get_submodule('encoder.proj'):", net.get_submodule("encoder.proj"))
# --8<-- [end:walk]

# --8<-- [start:shared]
shared = nn.Linear(2, 2)
tied = nn.Sequential(shared, shared)  # one layer registered under two names
print("tied: named_parameters:", [n for n, _ in tied.named_parameters()],
      "| state_dict:", list(tied.state_dict()))
# --8<-- [end:shared]

# --8<-- [start:delete]
del net.encoder.proj, net.encoder.tmp, net.decoder.gain
print("after del:       ", list(net.state_dict()))
print("tmp left the non-persistent set:",
      net.encoder._non_persistent_buffers_set)
net.label = "demo"  # an ordinary attribute, in __dict__
del net.label
print("del net.label (a plain attribute): 'label' in vars(net):",
      "label" in vars(net))
# --8<-- [end:delete]
