# torch.nn.utils.parametrizations.spectral_norm: the weight is computed
# each time it is read, already normalised; in training mode each read also
# runs a power iteration. The legacy function's docstring points here.
import inspect

import torch
from torch import nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import _SpectralNorm, spectral_norm

# Count the power steps run while registering: 15 in _SpectralNorm.__init__,
# then one more when register_parametrization calls the parametrization once.
steps, power_method = [], _SpectralNorm._power_method
_SpectralNorm._power_method = lambda self, w, n: (steps.append(n),
                                                  power_method(self, w, n))[1]
torch.manual_seed(0)
lin = spectral_norm(nn.Linear(6, 4))
_SpectralNorm._power_method = power_method
print("power steps run at registration:", " + ".join(map(str, steps)))
sn = lin.parametrizations.weight[0]
print(type(lin).__name__, "| parameters:",
      [n for n, _ in lin.named_parameters()])
print("buffers:", [n for n, _ in lin.named_buffers()])

W = lin.parametrizations.weight.original.detach()
true_sigma = torch.linalg.matrix_norm(W, 2)
# After those steps sigma is close before any forward.
with torch.no_grad():
    sigma0 = torch.vdot(sn._u, torch.mv(W, sn._v))
print(f"at registration: sigma = {sigma0:.6f}, matrix_norm = {true_sigma:.6f}")

u = sn._u.clone()
w1 = lin.weight  # a read in training mode: one power iteration, then W / sigma
print("a read in training mode changes u:", not torch.equal(u, sn._u))
sigma1 = torch.vdot(sn._u, torch.mv(W, sn._v))
assert torch.allclose(w1, W / sigma1)
print(f"  weight == original / sigma, spectral norm of weight: "
      f"{torch.linalg.matrix_norm(w1.detach(), 2):.6f}")

lin.eval()
u = sn._u.clone()
lin.weight, lin(torch.randn(2, 6))
print("reads in eval mode change u:", not torch.equal(u, sn._u))
lin.train()

with parametrize.cached():  # one computation for several reads
    a, b = lin.weight, lin.weight
print("inside parametrize.cached(): the same tensor twice:", a is b)

doc = inspect.getdoc(nn.utils.spectral_norm).splitlines()
start = next(i for i, line in enumerate(doc) if "reimplemented as" in line)
print("torch.nn.utils.spectral_norm's docstring:")
print("\n".join("  " + line for line in doc[start:start + 5]))
