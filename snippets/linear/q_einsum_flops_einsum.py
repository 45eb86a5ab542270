# XLNet's projection torch.einsum('ibh,hnd->ibnd', x, W) against a bias-free
# nn.Linear(h, n*d) and a reshape: which weight layout maps to which, whether
# the results agree, and which aten operations each one runs.
import os

import torch
from torch import nn
from torch.nn import functional as F
from torch.utils._python_dispatch import TorchDispatchMode

os.environ["KINETO_LOG_LEVEL"] = "6"  # no profiler_start/stop on stderr


class OpLog(TorchDispatchMode):
    """Records each aten operation that runs, with its arguments' shapes."""
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        shapes = [tuple(a.shape) for a in args if isinstance(a, torch.Tensor)]
        self.ops.append(f"{func.__name__}{shapes}")
        return out


torch.manual_seed(0)
i, b, h, n, d = 5, 2, 16, 4, 8          # seq, batch, hidden, heads, head size
x = torch.randn(i, b, h)
W = torch.randn(h, n, d) / h ** 0.5     # XLNet keeps its weight as (h, n, d)

# Linear stores (out, in) = (n*d, h): flatten W's (n, d) and transpose.
lin = nn.Linear(h, n * d, bias=False)
with torch.no_grad():
    lin.weight.copy_(W.reshape(h, n * d).T)
# ...and back: a Linear's weight gives the einsum's W.
assert torch.equal(lin.weight.T.reshape(h, n, d), W)

with torch.no_grad():
    with OpLog() as e:
        y_einsum = torch.einsum("ibh,hnd->ibnd", x, W)
    with OpLog() as l:
        y_linear = lin(x).view(i, b, n, d)
print("shapes:", tuple(y_einsum.shape), tuple(y_linear.shape))
assert torch.allclose(y_einsum, y_linear, atol=1e-6)
print("allclose:", True, "| bitwise equal:", torch.equal(y_einsum, y_linear),
      "| max |difference|:", (y_einsum - y_linear).abs().max().item())
# The Linear's weight is stored (n*d, h); given W's own memory as the weight,
# a view (h, n*d) transposed, the Linear's mm matches einsum's bmm bit for bit.
with torch.no_grad():
    y_view = F.linear(x, W.reshape(h, n * d).T).view(i, b, n, d)
print("F.linear with W.reshape(h, n*d).T, a view of W: bitwise equal:",
      torch.equal(y_einsum, y_view))

print("\neinsum runs:")
for op in e.ops:
    print("  ", op)
print("Linear + view runs:")
for op in l.ops:
    print("  ", op)
is_copy = lambda op: op.startswith(("clone", "contiguous", "copy", "_reshape"))
print("copies of the data:", [op for op in e.ops + l.ops if is_copy(op)])
assert not any(is_copy(op) for op in e.ops + l.ops)
# The mode does not see what a kernel calls inside itself; the profiler does.
with torch.no_grad(), torch.profiler.profile() as prof:
    torch.einsum("ibh,hnd->ibnd", x, W)
    lin(x).view(i, b, n, d)
copy_names = ("aten::clone", "aten::copy_", "aten::contiguous")
print("profiler, copies inside the kernels too:",
      [ev.name for ev in prof.events() if ev.name in copy_names])

# The same product with the weight stored in other layouts: (n, h, d) cannot
# be viewed as (h, n*d), so einsum copies it, on each call; (n, d, h), the
# Linear's own layout, is viewed as (n*d, h) and transposed, no copy.
for layout, dims in [("nhd", (1, 0, 2)), ("ndh", (1, 2, 0))]:
    W_other = W.permute(*dims).contiguous()
    for call in (1, 2):
        with torch.no_grad(), OpLog() as e2:
            y2 = torch.einsum(f"ibh,{layout}->ibnd", x, W_other)
        assert torch.allclose(y2, y_einsum, atol=1e-6)
        print(f"weight stored ({', '.join(layout)}), call {call}, copies:",
              [op for op in e2.ops if is_copy(op)])

# Per-head code reads W[:, k, :] directly; with a Linear the same head is a
# block of n*d rows of the weight.
k = 2
head_k = torch.einsum("ibh,hd->ibd", x, W[:, k, :])
rows = lin.weight[k * d:(k + 1) * d]            # (d, h)
assert torch.allclose(head_k, x @ rows.T, atol=1e-6)
print(f"head {k}: W[:, {k}, :] is lin.weight[{k * d}:{(k + 1) * d}].T:",
      torch.equal(W[:, k, :], rows.T))
