# torch.nn.utils.spectral_norm on an nn.Linear: what it registers, why
# `weight` equals `weight_orig` until a forward runs, what one forward in
# training changes, and how sigma approaches the largest singular value.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # in case a later torch deprecates it
    lin = nn.utils.spectral_norm(nn.Linear(6, 4))

print("parameters:", [n for n, _ in lin.named_parameters()])
print("buffers:   ", [n for n, _ in lin.named_buffers()])
print("weight is a Parameter:", isinstance(lin.weight, nn.Parameter),
      "| in _parameters:", "weight" in lin._parameters)


def sigma_from_buffers(m):
    u, v, w = m.weight_u, m.weight_v, m.weight_orig.detach()
    return torch.dot(u, torch.mv(w, v))


# Before any forward: `weight` is weight_orig's data, not yet divided.
s0 = sigma_from_buffers(lin)
print("before a forward: weight == weight_orig:",
      torch.equal(lin.weight, lin.weight_orig.detach()))
print("  weight == weight_orig / sigma(u, v now):",
      torch.allclose(lin.weight, lin.weight_orig.detach() / s0),
      f"(sigma = {s0:.4f})")

# One forward in training mode: one power iteration updates u and v in place,
# then the pre-hook sets weight = weight_orig / (u^T W v) with the NEW u, v.
u_before = lin.weight_u.clone()
lin(torch.randn(2, 6))
s1 = sigma_from_buffers(lin)
print("after one training forward: u changed:",
      not torch.equal(u_before, lin.weight_u))
assert torch.allclose(lin.weight, lin.weight_orig / s1)
print(f"  weight == weight_orig / sigma, sigma = {s1:.4f}"
      " from the updated u, v")

# In eval mode the pre-hook still divides, but runs no power iteration.
lin.eval()
u_eval = lin.weight_u.clone()
lin(torch.randn(2, 6))
assert torch.equal(u_eval, lin.weight_u)
print("eval forward: u unchanged:", torch.equal(u_eval, lin.weight_u))
lin.train()

# sigma after n training forwards, against the exact largest singular value.
true_sigma = torch.linalg.matrix_norm(lin.weight_orig.detach(), 2)
print(f"largest singular value (matrix_norm, ord=2): {true_sigma:.6f}")
done = 1
for n in (2, 5, 10, 50):
    while done < n:
        lin(torch.randn(2, 6))
        done += 1
    print(f"  after {n:2d} forwards: sigma = {sigma_from_buffers(lin):.6f}")
assert torch.allclose(sigma_from_buffers(lin), true_sigma, rtol=1e-4)
print("spectral norm of the weight now used:",
      f"{torch.linalg.matrix_norm(lin.weight.detach(), 2):.6f}")
