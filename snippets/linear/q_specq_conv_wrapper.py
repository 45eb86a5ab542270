# A spectral-norm wrapper written for convolutions, of the usual shape
# (w.view(height, -1) with height = w.shape[0]), used on Conv2d and on
# Linear: the conv weight is flattened to 2-D, the Linear's already is.
import torch
from torch import nn
import torch.nn.functional as F


class SpectralNormWrapper(nn.Module):  # a stand-in for such a wrapper
    def __init__(self, module, power_iterations=1):
        super().__init__()
        self.module, self.power_iterations = module, power_iterations
        w = module.weight
        height, width = w.shape[0], w.view(w.shape[0], -1).shape[1]
        self.register_buffer("u", F.normalize(torch.randn(height), dim=0))
        self.register_buffer("v", F.normalize(torch.randn(width), dim=0))

    def sigma(self):
        w = self.module.weight
        w_mat = w.view(w.shape[0], -1)  # (out, in*kh*kw) or (out, in)
        with torch.no_grad():
            for _ in range(self.power_iterations):
                self.v.copy_(F.normalize(w_mat.t() @ self.u, dim=0))
                self.u.copy_(F.normalize(w_mat @ self.v, dim=0))
        return self.u @ w_mat @ self.v

    def forward(self, x):
        w = self.module.weight / self.sigma()
        if isinstance(self.module, nn.Conv2d):
            return F.conv2d(x, w, self.module.bias, self.module.stride,
                            self.module.padding)
        return F.linear(x, w, self.module.bias)


torch.manual_seed(0)
for module, x in ((nn.Conv2d(3, 8, 3), torch.randn(1, 3, 8, 8)),
                  (nn.Linear(20, 8), torch.randn(1, 20))):
    wrapped = SpectralNormWrapper(module)
    w = module.weight.detach()
    w_mat = w.view(w.shape[0], -1)
    for _ in range(100):
        y = wrapped(x)
    true_sigma = torch.linalg.matrix_norm(w_mat, 2)
    assert torch.allclose(wrapped.sigma(), true_sigma, rtol=1e-4)
    print(f"{type(module).__name__}: weight {tuple(w.shape)} -> matrix "
          f"{tuple(w_mat.shape)}; sigma {wrapped.sigma():.5f}, "
          f"matrix_norm {true_sigma:.5f}; output {tuple(y.shape)}")

# torch's own spectral_norm takes any module with a `weight` (dim=1 is chosen
# for ConvTranspose, whose weight is (in, out, kh, kw)).
lin = nn.utils.parametrizations.spectral_norm(nn.Linear(20, 8))
print("torch's spectral_norm on Linear(20, 8): spectral norm of weight",
      f"{torch.linalg.matrix_norm(lin.weight.detach(), 2):.5f}")
ct = nn.utils.parametrizations.spectral_norm(nn.ConvTranspose2d(3, 8, 3))
print("on ConvTranspose2d(3, 8, 3): weight",
      tuple(ct.parametrizations.weight.original.shape), "dim =",
      ct.parametrizations.weight[0].dim, "| u, v:",
      tuple(ct.parametrizations.weight[0]._u.shape),
      tuple(ct.parametrizations.weight[0]._v.shape))
