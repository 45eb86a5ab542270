# Writing a layer's outputs row by row into one tensor while recording:
# every write adds to one graph, which the result keeps alive.
import warnings
import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

held = weakref.WeakSet()


class Saved:  # what a graph holds in place of each tensor it saves
    def __init__(self, t):
        self.t = t.detach()  # t itself would make a cycle with its node
        held.add(self)


def recording():
    return saved_tensors_hooks(Saved, lambda s: s.t)


torch.manual_seed(0)
layer = nn.Linear(8, 8)
xs = torch.randn(4, 8)
for label, mode in (("rows written, recording", torch.enable_grad),
                    ("rows written, under torch.no_grad()", torch.no_grad)):
    out, counts = torch.zeros(4, 8), []
    with recording(), mode():
        for i, x in enumerate(xs):
            out[i] = layer(x)
            counts.append(len(held))
    print(f"{label:<36} saved tensors held: {counts}, "
          f"out.grad_fn: {type(out.grad_fn).__name__}")
    del out

# Collecting the rows in a list and stacking them once: one node.
with recording():
    out = torch.stack([layer(x) for x in xs])
print(f"{'torch.stack of a list':<36} saved tensors held: {len(held)}, "
      f"out.grad_fn: {type(out.grad_fn).__name__}")

# What old code wrote instead of torch.no_grad():
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.autograd.Variable(torch.ones(2), volatile=True)
print(f"{caught[0].category.__name__}: {caught[0].message}")
