# register_backward_hook is the old, non-full backward hook: it warns, and
# on a module whose forward is several autograd operations it receives the
# gradients of the last operation only.
import textwrap
import warnings

import torch
from torch import nn

block = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
x = torch.ones(1, 3, requires_grad=True)


def show(kind):
    def hook(module, grad_input, grad_output):
        shapes = [tuple(g.shape) if g is not None else None
                  for g in grad_input]
        print(f"{kind:<5} hook: grad_input shapes {shapes}")
    return hook


old = block.register_backward_hook(show("old"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = block(x)  # the warning comes from the call, before backward
print(f"{len(caught)} warning from calling the module:")
for w in caught:
    print(textwrap.fill(f"{w.category.__name__}: {w.message}", 79))
out.sum().backward()
old.remove()

try:  # the module remembers the old kind, even after remove()
    block.register_full_backward_hook(show("full"))
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))

fresh = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
fresh.register_full_backward_hook(show("full"))
fresh(x).sum().backward()
print("x has shape", tuple(x.shape))


# The old hook's grad_input is the last operation's: for x + y + z that is
# the second addition, whose two inputs are (x + y) and z.
class Sum3(nn.Module):
    def forward(self, x, y, z):
        return x + y + z


xyz = [torch.ones(2, requires_grad=True) for _ in range(3)]
for kind in ("old", "full"):
    counts = []
    module = Sum3()
    register = (module.register_backward_hook if kind == "old"
                else module.register_full_backward_hook)
    register(lambda m, grad_input, grad_output:
             counts.append(len(grad_input)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        module(*xyz).sum().backward()
    print(f"Sum3, {kind} hook: {counts[0]} gradients in grad_input")
