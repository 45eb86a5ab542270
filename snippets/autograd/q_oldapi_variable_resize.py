# Variable(...).resize(4, 3) on today's torch: what Variable returns, what the
# non-in-place resize does, and what to use instead.
import warnings

import torch
from torch.autograd import Variable
from torch.autograd._functions import Resize

torch.manual_seed(0)
v = Variable(torch.randn(3, 4))
print("type(Variable(...)):", type(v).__name__)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = v.resize(4, 3)
    w = torch.randn(3, 4, requires_grad=True)
    rw = w.resize(4, 3)
print(f"{caught[0].category.__name__}: {caught[0].message}")
print("v.resize(4, 3):", tuple(r.shape), "| grad_fn:", r.grad_fn)
print("w.resize(4, 3), w requires grad: grad_fn", type(rw.grad_fn).__name__)
rw.sum().backward()
assert torch.equal(w.grad, torch.ones(3, 4))
print("w.grad after backward:", tuple(w.grad.shape), "all ones")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        w.resize(5, 3)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {str(e).rstrip()}")

# The call in the 2017 traceback, `Resize.apply()`, gives forward no inputs:
try:
    Resize.apply()
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

# Replacements: same number of elements -> reshape (or view, if contiguous).
assert torch.equal(w.reshape(4, 3), rw) and torch.equal(w.view(4, 3), rw)
print("w.reshape(4, 3):", type(w.reshape(4, 3).grad_fn).__name__,
      "| w.view(4, 3):", type(w.view(4, 3).grad_fn).__name__)
# Another number of elements, outside autograd: resize_ a tensor without grad.
buf = w.detach().clone()
buf.resize_(5, 3)
print("w.detach().clone().resize_(5, 3):", tuple(buf.shape))
# Or a new tensor that keeps the gradient path: pad the flat values.
grown = torch.cat([w.flatten(), w.new_zeros(3)]).view(5, 3)
print("torch.cat([w.flatten(), zeros]).view(5, 3):", tuple(grown.shape),
      type(grown.grad_fn).__name__)
