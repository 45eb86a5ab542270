# Same seed, same weights - as long as the same random draws happen in
# the same order before the layer is built.
import torch
from torch import nn


def build(extra_layer_first=False):
    torch.manual_seed(0)
    if extra_layer_first:
        nn.Linear(4, 4)  # consumes random numbers before `head` is built
    head = nn.Linear(3, 2)
    return head


a, b, c = build(), build(), build(extra_layer_first=True)
print("same seed, same code:        equal", torch.equal(a.weight, b.weight))
print("one layer built before it:   equal", torch.equal(a.weight, c.weight))

# Independent of what ran before: re-draw the layer from its own generator.
gen = torch.Generator().manual_seed(42)
for layer in (a, c):
    nn.init.kaiming_uniform_(layer.weight, a=5 ** 0.5, generator=gen)
    gen.manual_seed(42)
print("after init from a generator: equal", torch.equal(a.weight, c.weight))
