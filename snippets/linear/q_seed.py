# Same seed, same weights - as long as the same random draws happen in
# the same order before the layer is built.
import inspect

import torch
from torch import nn


def build(before=None):
    torch.manual_seed(0)
    if before is not None:
        before()  # consumes random numbers before `head` is built
    head = nn.Linear(3, 2)
    return head


a, b = build(), build()
print("same seed, same code:        equal", torch.equal(a.weight, b.weight))
for name, before in [
        ("one layer built before it:  ", lambda: nn.Linear(4, 4)),
        ("a torch.rand before it:     ", lambda: torch.rand(1)),
        ("a Dropout forward before it:", lambda: nn.Dropout()(torch.ones(4)))]:
    c = build(before)
    print(name, "equal", torch.equal(a.weight, c.weight))

# Independent of what ran before: re-draw the layer from its own generator.
gen = torch.Generator().manual_seed(42)
for layer in (a, c):
    nn.init.kaiming_uniform_(layer.weight, a=5 ** 0.5, generator=gen)
    gen.manual_seed(42)
print("after init from a generator: equal", torch.equal(a.weight, c.weight))

# Which nn.init functions take generator= (the public ones ending in _):
public = [name for name in dir(nn.init)
          if name.endswith("_") and not name.startswith("_")]
takes = {}
for name in public:
    signature = inspect.signature(getattr(nn.init, name))
    takes[name] = "generator" in signature.parameters
print("generator=:   ", ", ".join(n for n in public if takes[n]))
print("no generator=:", ", ".join(n for n in public if not takes[n]))
