# "None of the inputs have requires_grad=True. Gradients will be None":
# the reentrant checkpoint's output requires grad only if an input does,
# so a first checkpointed block fed plain data trains nothing inside it.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
x = torch.randn(4, 3)  # input data: requires_grad=False
block, head = nn.Linear(3, 3), nn.Linear(3, 1)

for kwargs in ({"use_reentrant": True}, {"use_reentrant": False}):
    block.zero_grad(), head.zero_grad()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        h = checkpoint(block, x, **kwargs)
    for w in caught:
        print("UserWarning:", w.message)
    head(h).mean().backward()
    print(f"{kwargs}: block.weight.grad is",
          "None" if block.weight.grad is None else "set",
          " head.weight.grad is",
          "None" if head.weight.grad is None else "set")

# With the reentrant version, an input that requires grad also works.
block.zero_grad()
h = checkpoint(block, x.requires_grad_(), use_reentrant=True)
head(h).mean().backward()
print("reentrant, x.requires_grad_():", block.weight.grad is not None)
