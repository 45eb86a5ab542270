# The global registration hooks: called for every submodule (or parameter)
# that any module registers.
# --8<-- [start:observe]
import torch
from torch import nn
from torch.nn.modules import module as module_globals


def log_module(parent, name, child):
    print(f"  module hook:    {type(parent).__name__}.{name} = "
          f"{type(child).__name__}")


def log_parameter(module, name, param):
    print(f"  parameter hook: {type(module).__name__}.{name} "
          f"{tuple(param.shape)}")


def log_buffer(module, name, buffer):
    print(f"  buffer hook:    {type(module).__name__}.{name} "
          f"{tuple(buffer.shape)}")


handles = [
    module_globals.register_module_module_registration_hook(log_module),
    module_globals.register_module_parameter_registration_hook(
        log_parameter),
    module_globals.register_module_buffer_registration_hook(log_buffer),
]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        # Sequential calls add_module("0", ...), add_module("1", ...)
        self.body = nn.Sequential(nn.Linear(2, 4), nn.ReLU())
        self.head = nn.Linear(4, 1)  # Module.__setattr__


print("building Net():")
net = Net()
print("building top-down, parent first:")
top = nn.Module()
top.body = nn.Sequential()
top.body.add_module("0", nn.ReLU())
top.register_buffer("step", torch.zeros(1))
for handle in handles:
    handle.remove()
# --8<-- [end:observe]

# --8<-- [start:replace]
def relu_to_gelu(parent, name, child):  # a returned module replaces child
    return nn.GELU() if isinstance(child, nn.ReLU) else None


handle = module_globals.register_module_module_registration_hook(
    relu_to_gelu)
print("built with the hook:", Net().body)
handle.remove()
# --8<-- [end:replace]
