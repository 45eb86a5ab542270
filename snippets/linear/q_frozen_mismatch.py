# The same wrong input size, worded by another op: a layer whose weight
# needs no gradient multiplies a 3-D input that cannot be flattened
# without a copy (a transposed one) with bmm. A slice flattens as a view,
# so it still goes to mm.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 4, 6).transpose(1, 2)  # (5, 6, 4): 4 features, not 3
inputs = [("transposed", x), ("sliced", torch.randn(5, 6, 8)[..., :4]),
          ("contiguous", x.contiguous())]
for frozen in (False, True):
    lin = nn.Linear(in_features=3, out_features=2)
    lin.requires_grad_(not frozen)
    for name, inp in inputs:
        try:
            lin(inp)
        except RuntimeError as e:
            print(f"{'frozen' if frozen else 'trainable'} layer, {name} "
                  f"input (contiguous: {inp.is_contiguous()}):\n  {e}")
