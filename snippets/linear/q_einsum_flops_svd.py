# Replacing a trained nn.Linear by a low-rank factorisation: factors from
# torch.linalg.svd of its weight against random factors, and where NaN comes
# from (a weight with inf or NaN, the backward of svd at equal singular
# values).
import contextlib
import ctypes
import os
import sys
import tempfile
import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(64, 48)                     # stands in for a pretrained one
with torch.no_grad():                         # give it a decaying spectrum
    layer.weight.mul_(torch.linspace(2, 0.05, 64))
x = torch.randn(256, 64)
ref = layer(x).detach()

W = layer.weight.detach()                     # (out, in) = (48, 64)
U, S, Vh = torch.linalg.svd(W, full_matrices=False)
print("U", tuple(U.shape), " S", tuple(S.shape), " Vh", tuple(Vh.shape))


class SVDLinear(nn.Module):
    """x -> fc_U(S * fc_V(x)): a rank-r stand-in for Linear(in, out)."""
    def __init__(self, in_features, out_features, r):
        super().__init__()
        self.fc_V = nn.Linear(in_features, r, bias=False)   # weight (r, in)
        self.vector_S = nn.Parameter(torch.rand(r))
        self.fc_U = nn.Linear(r, out_features)              # weight (out, r)

    def forward(self, x):
        return self.fc_U(self.fc_V(x) * self.vector_S)


def factorised(U, S, Vh, r):
    """An SVDLinear whose factors are the first r of U, S, Vh."""
    m = SVDLinear(Vh.shape[1], U.shape[0], r)
    with torch.no_grad():
        m.fc_V.weight.copy_(Vh[:r])
        m.vector_S.copy_(S[:r])
        m.fc_U.weight.copy_(U[:, :r])
        m.fc_U.bias.copy_(layer.bias)
    return m


rel_err = lambda m: ((m(x) - ref).norm() / ref.norm()).item()
full = factorised(U, S, Vh, 48)
assert torch.allclose(full(x), ref, atol=1e-5)
print("full rank 48 reproduces the layer: relative error",
      f"{rel_err(full):.1e}")

print("\nrank   from SVD   random factors")
for r in (32, 16, 8):
    torch.manual_seed(1)
    print(f"{r:4}   {rel_err(factorised(U, S, Vh, r)):8.3f}"
          f"   {rel_err(SVDLinear(64, 48, r)):8.3f}")
# The rank-r SVD is the best rank-r approximation of W (Eckart-Young): its
# weight error is the norm of the dropped singular values.
Wr = U[:, :16] * S[:16] @ Vh[:16]
assert torch.allclose((W - Wr).norm(), S[16:].norm(), rtol=1e-4)

# NaN in S: a weight holding inf or NaN. On such input oneMKL's scaling
# routine writes error lines straight to the process's stdout, past Python's
# sys.stdout: mkl_lines collects them (file descriptors 1 and 2) to show them.
@contextlib.contextmanager
def mkl_lines(found):
    sys.stdout.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile() as f:
        os.dup2(f.fileno(), 1)
        os.dup2(f.fileno(), 2)
        try:
            yield
        finally:
            ctypes.CDLL(None).fflush(None)        # C's own stdout buffer
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            f.seek(0)
            found += [ln for ln in f.read().decode().splitlines() if ln]


def svd_report(svd, Wb):
    try:
        S_b = svd(Wb)[1]
        nan = S_b.isnan().sum().item()
        return f"{nan} of {S_b.numel()} singular values NaN"
    except torch.linalg.LinAlgError as e:
        return f"{type(e).__name__}: {e}"


print()
small = nn.Linear(8, 6).weight.detach()          # a small layer's weight
results, found = [], []
with mkl_lines(found):
    for bad in (float("inf"), float("nan")):
        Wb = small.clone()
        Wb[0, 0] = bad
        for name, svd in [("torch.linalg.svd", torch.linalg.svd),
                          ("torch.svd", torch.svd)]:
            results.append(f"{name:16} 6 x 8, {bad} at (0, 0): "
                           + svd_report(svd, Wb))
    # The same inf in the 48 x 64 stand-in: the outcome depends on where.
    for pos in [(0, 0), (2, 3)]:
        Wb = W.clone()
        Wb[pos] = float("inf")
        results.append(f"torch.linalg.svd 48 x 64, inf at {pos}: "
                       + svd_report(torch.linalg.svd, Wb))
print(*results, sep="\n")
print(f"oneMKL wrote {len(found)} lines to stdout:",
      sorted(set(found)))
print("check first: torch.isfinite(W).all() =", torch.isfinite(W).all().item())

# NaN in the gradient: svd's backward divides by differences of squared
# singular values, so a matrix with equal ones gives NaN when the loss reads
# U or Vh. The factorisation above runs svd once, without a graph.
for name, A in [("identity (all 1)", torch.eye(4)),
                ("distinct values", torch.diag(torch.tensor([4., 3, 2, 1])))]:
    A.requires_grad_()
    U4, S4, Vh4 = torch.linalg.svd(A)
    (U4[:, :2] * S4[:2] @ Vh4[:2]).sum().backward()
    print(f"{name:17}: S = {S4.detach().tolist()}, grad has NaN:",
          A.grad.isnan().any().item())

# torch.svd returns V, not Vh, and its docstring deprecates it.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    U2, S2, V2 = torch.svd(W)
print("\ntorch.svd: same S:", torch.allclose(S2, S), "| V == Vh.T:",
      torch.allclose(V2.abs(), Vh.T.abs(), atol=1e-5),
      "| warnings:", [str(w.message) for w in caught])
