# A module's backward hook runs only if the module was called, and called
# through model(x), and the backward pass goes through what it returned.
import torch
import torch.nn.functional as F
from torch import nn

calls = []


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
        self.act = nn.ReLU()  # registered, but forward never calls it
        self.out = nn.Linear(2, 1)

    def forward(self, x):
        return self.out(F.relu(self.body(x)))


torch.manual_seed(0)
net = Net()
x = torch.ones(1, 2, requires_grad=True)
for name, m in net.named_children():  # top level only: body, act, out
    if isinstance(m, nn.ReLU):
        m.register_full_backward_hook(
            lambda mod, gi, go, name=name: calls.append(name))
net(x).sum().backward()
print("hooks on named_children's ReLUs ran:", calls)

for name, m in net.named_modules():  # every level: finds body.1 too
    if isinstance(m, nn.ReLU):
        m.register_full_backward_hook(
            lambda mod, gi, go, name=name: calls.append(name))
net(x).sum().backward()
print("hooks on named_modules' ReLUs ran:", calls)
calls.clear()

with torch.no_grad():  # no graph: nothing for backward to go through
    y = net(x)
print("under no_grad, y.requires_grad:", y.requires_grad, "| calls:", calls)

# net.forward(x) skips _call_impl, which is what sets up net's own hooks.
calls.clear()
net.register_full_backward_hook(lambda mod, gi, go: calls.append("net"))
net.forward(x).sum().backward()
print("net.forward(x): net's hook ran:", "net" in calls)
net(x).sum().backward()
print("net(x): net's hook ran:", "net" in calls)
