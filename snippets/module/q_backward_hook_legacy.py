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
