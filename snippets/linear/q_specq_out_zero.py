# nn.Linear(9, 0): out_features=0 is accepted. Its weight is empty, the
# initialisation warns, the output has zero columns, and backward runs.
import linecache
import warnings

import torch
from torch import nn

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    lin = nn.Linear(in_features=9, out_features=0)
for w in caught:
    print(f"{w.category.__name__}: {w.message}\n  warned at: "
          f"{linecache.getline(w.filename, w.lineno).strip()}")
print("weight:", tuple(lin.weight.shape), "| bias:", tuple(lin.bias.shape))

x = torch.randn(4, 9, requires_grad=True)
y = lin(x)
print("output:", tuple(y.shape), y.dtype, "| numel:", y.numel())
y.sum().backward()  # the sum of nothing is 0
print("grads: weight", tuple(lin.weight.grad.shape), "bias",
      tuple(lin.bias.grad.shape), "| x.grad all zero:",
      bool((x.grad == 0).all()))

# Where a size of 0 is useful: a layer sized from a count that can be 0,
# here the heads kept after pruning all of them, with code left unchanged.
d_head, kept_heads = 3, []
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the same warning as above
    proj = nn.Linear(9, d_head * len(kept_heads))
z = proj(x).view(4, len(kept_heads), d_head)
print("no heads kept: projection", tuple(z.shape),
      "| concatenated with the rest:", tuple(torch.cat([x, proj(x)], 1).shape))


# For a reader who wants the check: an assert in their own constructor.
class CheckedLinear(nn.Linear):
    def __init__(self, in_features, out_features, **kwargs):
        if in_features <= 0 or out_features <= 0:
            raise ValueError(f"in_features and out_features must be positive, "
                             f"got {in_features} and {out_features}")
        super().__init__(in_features, out_features, **kwargs)


try:
    CheckedLinear(9, 0)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
print(CheckedLinear(9, 2))
