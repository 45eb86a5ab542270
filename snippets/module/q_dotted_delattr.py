# A name from named_parameters() is a path: "conv1.weight" is the weight of
# the child conv1. delattr(net, path) looks for one attribute of that name.
import torch
from torch import nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.conv1(x).flatten(1))


net = Net()
x = torch.randn(1, 1, 4, 4)
print("named_parameters:", [n for n, _ in net.named_parameters()])
print("net's own stores:", list(net._parameters), list(net._modules))
try:
    delattr(net, "conv1.weight")
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

# Walk to the module that owns the last part, and delete it there.
path, _, leaf = "conv1.weight".rpartition(".")
owner = net.get_submodule(path)       # net.conv1
assert owner is net.conv1 and net.get_parameter("conv1.weight") is owner.weight
delattr(owner, leaf)                  # the same as: del net.conv1.weight
print("after delattr(owner, 'weight'):",
      [n for n, _ in net.named_parameters()])
try:
    net(x)                            # Conv2d.forward reads self.weight
except AttributeError as e:
    print(f"forward: {type(e).__name__}: {e}")

# To keep the layer working, put a tensor back under the name: a buffer is
# saved and moved with the model, but not trained.
owner.register_buffer("weight", torch.ones(2, 1, 3, 3))
print("weight is a buffer:", [n for n, _ in net.named_buffers()])
print("forward works:", tuple(net(x).shape))
print("state_dict keys:", list(net.state_dict()))

# In a loop, take a list of the names first: deleting from a dict that
# named_parameters() is still walking raises.
def drop_fc(model, names):
    for name, _ in names:
        if name.startswith("fc."):
            path, _, leaf = name.rpartition(".")
            delattr(model.get_submodule(path), leaf)
    return [n for n, _ in model.named_parameters()]


lazy = Net()
try:
    drop_fc(lazy, lazy.named_parameters())
except RuntimeError as e:
    print(f"loop: {type(e).__name__}: {e}")
listed = Net()
print("loop over a list:", drop_fc(listed, list(listed.named_parameters())))
