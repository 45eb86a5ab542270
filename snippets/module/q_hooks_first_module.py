# A full backward hook on a model's first submodule, and the same hook
# registered for every module with register_module_full_backward_hook:
# which modules each one runs for, and with what grad_input.
import warnings

import torch
from torch import nn
from torch.nn.modules.module import register_module_full_backward_hook


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 4)

    def forward(self, x):
        return torch.relu(self.linear(x))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.sb = Block()
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(self.sb(x))


torch.manual_seed(0)
net = Net()
names = {module: name or "net" for name, module in net.named_modules()}
calls = []


def hook(module, grad_input, grad_output):
    shapes = [None if g is None else tuple(g.shape) for g in grad_input]
    calls.append(f"{names[module]} {shapes}")


def backward(x):
    calls.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        net(x).sum().backward()
    return f"{calls}, {len(caught)} UserWarning(s)"


x = torch.randn(1, 4)  # data: does not require grad
handle = net.sb.register_full_backward_hook(hook)
print("hook on net.sb:         ", backward(x))
handle.remove()

handle = register_module_full_backward_hook(hook)
try:
    print("global hook:            ", backward(x))
finally:
    handle.remove()

handle = net.sb.register_full_backward_hook(hook)
print("on net.sb, x needs grad:", backward(x.clone().requires_grad_()))
handle.remove()
assert not net.sb._backward_hooks
