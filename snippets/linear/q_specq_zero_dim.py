# nn.Linear(1, 1) on a 0-dim tensor: the message torch 2.13.0 gives, what
# 18446744073709551615 in the older ArrayRef message is, and the fix.
import ctypes

import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(1, 1)
x = torch.randn(1).squeeze()  # a 0-dim tensor: shape ()
print("x.shape:", tuple(x.shape), "| x.dim():", x.dim())
for layer in (lin, nn.Linear(1, 1, bias=False)):
    try:
        layer(x)
    except RuntimeError as e:
        print(f"bias={layer.bias is not None}: {type(e).__name__}: {e}")

# The older message's index: sizes().size() - 1 on an empty sizes list, in
# size_t (unsigned 64-bit) arithmetic, wraps around to 2**64 - 1.
n_sizes = len(x.shape)
index = ctypes.c_size_t(n_sizes - 1).value
assert index == 2**64 - 1 == 18446744073709551615
print(f"size_t({n_sizes} - 1) = {index} = 2**64 - 1")

# The fix: give the input a dimension (one sample of one feature).
for fixed in (x.reshape(1), x[None], x.reshape(1, 1)):
    y = lin(fixed)
    print(f"input {tuple(fixed.shape)} -> output {tuple(y.shape)}")
assert torch.allclose(lin(x[None]), x * lin.weight[0, 0] + lin.bias)
