# The same wrong input size, worded by another op: a layer whose weight
# needs no gradient multiplies a non-contiguous 3-D input with bmm.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 4, 6).transpose(1, 2)  # (5, 6, 4): 4 features, not 3
for frozen in (False, True):
    lin = nn.Linear(in_features=3, out_features=2)
    lin.requires_grad_(not frozen)
    for name, inp in [("transposed", x), ("contiguous", x.contiguous())]:
        try:
            lin(inp)
        except RuntimeError as e:
            print(f"{'frozen' if frozen else 'trainable'} layer, {name} "
                  f"input:\n  {e}")
