# A forward hook changes a module's output by returning the new one;
# rebinding its `output` argument changes nothing outside the hook.
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 4), nn.ReLU())
x = torch.randn(2, 3)
mask = torch.tensor([1.0, 0.0, 1.0, 0.0])


def rebind(module, args, output):
    output = output * mask  # a new local name; the hook returns None


def replace(module, args, output):
    return output * mask    # returned: the caller gets this instead


def row(y):
    return [round(v, 4) for v in y[0].tolist()]


print("no hook:  ", row(model(x)))
handle = model[3].register_forward_hook(rebind)
print("rebinding:", row(model(x)))
handle.remove()

handles = [m.register_forward_hook(replace)
           for m in model.modules() if isinstance(m, nn.ReLU)]
y = model(x)
print("returning:", row(y))
y.sum().backward()  # the masked output is part of the graph
print("gradient reaches the first layer:", model[0].weight.grad is not None)
for h in handles:
    h.remove()

# Changing the output in place instead breaks the backward pass of ReLU,
# which saved that very tensor for its gradient.
handle = model[1].register_forward_hook(lambda m, a, out: out.mul_(mask))
try:
    model(x).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e).split(". Hint")[0])
handle.remove()
