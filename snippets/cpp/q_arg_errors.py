# Two argument errors from two binding generators: torch's own parser
# ("new() received an invalid combination of arguments") and pybind11's
# ("incompatible function arguments"), which compiled extensions use.
import numpy as np
import torch

no, ni, k = 4, 3, 3
try:
    torch.Tensor(no / 1, ni, k, k)          # a float where a size goes
except TypeError as e:
    print("TypeError:", e)
print("ints:", tuple(torch.Tensor(no, ni, k, k).shape),
      "| NumPy ints too:", tuple(torch.Tensor(np.int64(no), ni).shape))
print("a 0-dim integer tensor as a size:",
      tuple(torch.Tensor(torch.tensor(no), ni, k, k).shape))
# what to write instead: an allocating function with an explicit shape
w = torch.nn.init.kaiming_normal_(torch.empty(no, ni, k, k))
print("torch.empty + kaiming_normal_:", tuple(w.shape), w.dtype)

# pybind11: the function lists its C++ signatures and what it was given
# (one of torch._C's own pybind11 functions stands in for an extension's)
f = torch._C._dispatch_has_kernel_for_dispatch_key
print("f.__doc__:", f.__doc__.splitlines()[0])
try:
    f("aten::add.Tensor", 1)
except TypeError as e:
    print("TypeError:", e)
print("types as listed:", f("aten::add.Tensor", torch._C.DispatchKey.CPU),
      "| a str the binding converts:", f("aten::add.Tensor", "CPU"))
