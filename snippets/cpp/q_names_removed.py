# "... is not yet supported with named tensors" came from named tensors, a
# prototype that torch 2.13.0 no longer has: names=, .names, .rename and
# the Named dispatch key are all gone. Code written for them fails earlier.
import torch

try:
    torch.randn((50000, 2), names=("K", "M"))
except TypeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
try:
    torch.zeros(3, 2, names=("K", "M"))
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
x = torch.zeros(3, 2)
try:
    x.rename(None)
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
print("Tensor has:", {a: hasattr(torch.Tensor, a) for a in
                      ("names", "rename", "refine_names", "align_to")})
print("dispatch keys named 'Named...':",
      [k for k in torch._C.DispatchKey.__members__ if "Named" in k])

# the fix: say dimensions by position (keep the names in your own dict if
# they help), and drop .rename(None): no tensor has names to drop
torch.manual_seed(0)
dim = {"K": 0, "M": 1}
x = torch.randn(50000, 2)
result = x.mean(dim["M"]).mean(dim["K"])
assert torch.allclose(result, x.mean())
print("x.mean(M).mean(K):", tuple(result.shape), "== x.mean()")
