# Hessian-vector (H v) and vector-Hessian (v H) products, and a
# third-order product, without forming the Hessian; checked against it.
import warnings

import torch
from torch.autograd.functional import hvp, vhp
from torch.func import grad, jacfwd, jacrev, jvp

# torch 2.14's forward-mode AD (jacfwd, jvp) loads decompositions with
# torch.jit.script, which warns that it is deprecated; harmless here.
warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")

torch.manual_seed(0)
A = torch.randn(3, 3, dtype=torch.float64)


def f(x):  # a scalar function with non-zero third derivatives
    return (x.sin() * (A @ x)).sum()


x = torch.randn(3, dtype=torch.float64)
v = torch.randn(3, dtype=torch.float64)
H = torch.func.hessian(f)(x)

# 1. Reverse over reverse: the gradient of (grad f . v).
xr = x.clone().requires_grad_()
(g,) = torch.autograd.grad(f(xr), xr, create_graph=True)
(hv1,) = torch.autograd.grad(g @ v, xr)
# 2. Forward over reverse: the directional derivative of grad f along v.
_, hv2 = jvp(grad(f), (x,), (v,))
# 3. torch.autograd.functional, which does 1 (hvp) and 1 transposed (vhp).
_, hv3 = hvp(f, x, v)
_, vh = vhp(f, x, v)
for name, r in [("reverse-over-reverse", hv1), ("jvp(grad(f))", hv2),
                ("functional.hvp", hv3), ("functional.vhp (v H)", vh)]:
    assert torch.allclose(r, H @ v) and torch.allclose(vh, v @ H)
    print(f"{name:<21} {[round(t, 4) for t in r.tolist()]}")
print("H @ v                ", [round(t, 4) for t in (H @ v).tolist()])

# Third order: the derivative of (H v) along u, T[i,j,k] v[j] u[k],
# by nesting once more; checked against the full third-derivative tensor.
u = torch.randn(3, dtype=torch.float64)
_, tvu = jvp(lambda y: jvp(grad(f), (y,), (v,))[1], (x,), (u,))
T = jacfwd(jacfwd(jacrev(f)))(x)
assert torch.allclose(tvu, torch.einsum("ijk,j,k->i", T, v, u))
print("third order T v u    ", [round(t, 4) for t in tvu.tolist()])
