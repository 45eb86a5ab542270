# How many vector-Jacobian (vjp) or Jacobian-vector (jvp) products each
# way of computing a Jacobian makes, counted below autograd and vmap.
import warnings

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import jacobian
from torch.func import jacfwd, jacrev, jvp, vmap
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import flop_registry

# torch 2.14's forward-mode AD (jacfwd, jvp) loads decompositions with
# torch.jit.script, which warns that it is deprecated; harmless here.
warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")


class Count(TorchDispatchMode):
    """Sees each aten call with the shapes vmap really runs: counts the
    calls and their FLOPs, and keeps the shape of each mul's input."""

    def __init__(self):
        super().__init__()
        self.calls = self.flops = 0
        self.muls = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        self.calls += 1
        if func.overloadpacket is torch.ops.aten.mul:
            self.muls.append(tuple(args[0].shape))
        formula = flop_registry.get(func.overloadpacket)
        if formula:
            self.flops += formula(*args, **kwargs, out_val=out)
        return out


torch.manual_seed(0)
A = torch.randn(5, 3)


def f(x):  # R^3 -> R^5; sin's derivative is one mul by cos(x)
    return A @ torch.sin(x)


def rows_by_grad(x):
    x = x.clone().requires_grad_()
    y = f(x)
    return torch.stack([torch.autograd.grad(y[i], x, retain_graph=True)[0]
                        for i in range(5)])


x = torch.randn(3)
ways = {
    "autograd.grad per output row": rows_by_grad,
    "functional.jacobian": lambda x: jacobian(f, x),
    "  vectorize=True": lambda x: jacobian(f, x, vectorize=True),
    "  vectorize, forward-mode": lambda x: jacobian(
        f, x, vectorize=True, strategy="forward-mode"),
    "torch.func.jacrev": jacrev(f),
    "torch.func.jacfwd": jacfwd(f),
}
print(f"{'f: R^3 -> R^5':<30}{'products':>9}{'vectors in each':>17}")
for label, way in ways.items():
    with Count() as c:
        J = way(x)
    assert torch.allclose(J, A * torch.cos(x))  # the 5 x 3 Jacobian
    vectors = {s[0] if len(s) == 2 else 1 for s in c.muls}
    print(f"{label:<30}{len(c.muls):>9}{vectors.pop():>17}")

# Per-sample Jacobians of a batch (8 samples, 3 inputs, 5 outputs).
model = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 5))
xb = torch.randn(8, 3)
batched = {
    "vmap(jacrev(model))": lambda: vmap(jacrev(model))(xb),
    "jacobian of the batch sum": lambda: jacobian(
        lambda b: model(b).sum(0), xb, vectorize=True).permute(1, 0, 2),
    "jacobian of the whole batch": lambda: jacobian(
        model, xb, vectorize=True).diagonal(dim1=0, dim2=2).permute(2, 0, 1),
}
print(f"{'8 samples':<30}{'aten calls':>11}{'FLOPs':>9}")
for label, way in batched.items():
    with Count() as c:
        J = way()
    assert torch.allclose(J, vmap(jacrev(model))(xb), atol=1e-6)
    print(f"{label:<30}{c.calls:>11}{c.flops:>9}")


# A residual whose entry i depends on u[i-1], u[i] and u[i+1] only: its
# Jacobian is tridiagonal, so columns 0, 3, 6, ... share no row.
def residual(u):
    p = F.pad(u, (1, 1))
    return p[:-2] - 2 * u + p[2:] - u ** 3


n = 12
u = torch.randn(n)
with Count() as dense:
    J = jacfwd(residual)(u)
i = torch.arange(n)
seeds = (i % 3 == torch.arange(3)[:, None]).to(u.dtype)  # 3 x n
with Count() as colored:
    cols = vmap(lambda v: jvp(residual, (u,), (v,))[1])(seeds)
band = (i[:, None] - i[None, :]).abs() <= 1
J3 = torch.where(band, cols[i[None, :] % 3, i[:, None]], 0.0)
assert torch.equal(J3, J)
pushed = [max(s[0] for s in c.muls if len(s) == 2) for c in (dense, colored)]
print(f"residual, n={n}: tangents pushed by jacfwd {pushed[0]}, "
      f"by the colored jvp {pushed[1]}; the same Jacobian: True")
