# Assignment files a Module without add_module's checks on the name; a
# dotted name then breaks the walkers' dotted paths.
import torch
from torch import nn

net = nn.Module()
setattr(net, "a.b", nn.Linear(1, 1))  # no KeyError, unlike add_module
print("_modules:", list(net._modules),
      "| named_parameters:", [n for n, _ in net.named_parameters()])
try:
    net.get_submodule("a.b")
except AttributeError as e:
    print("get_submodule('a.b') -> AttributeError:", e)
twin = nn.Module()
setattr(twin, "a.b", nn.Linear(1, 1))  # the same structure


def same_weight():
    return torch.equal(getattr(twin, "a.b").weight, getattr(net, "a.b").weight)


before = same_weight()
try:
    twin.load_state_dict(net.state_dict())
except RuntimeError as e:
    print("load_state_dict ->", str(e).replace("\t", "    ").rstrip())
print("same weight before loading:", before,
      "| after the error:", same_weight())
try:  # a Parameter goes through register_parameter, which checks
    setattr(net, "c.d", nn.Parameter(torch.ones(1)))
except KeyError as e:
    print("setattr(net, 'c.d', Parameter) -> KeyError:", e)
