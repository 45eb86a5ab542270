# Before LayerNorm a bias is not redundant: LayerNorm subtracts the mean
# over the features of each sample, which removes only the bias's mean.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(32, 10)
lin, norm = nn.Linear(10, 4), nn.LayerNorm(4)
b = torch.tensor([3., -1., 0.5, 2.])


def out(bias):
    with torch.no_grad():
        lin.bias.copy_(bias)
    return norm(lin(x))


print("bias b vs no bias, same output:      ",
      torch.allclose(out(b), out(torch.zeros(4)), atol=1e-5))
print("bias b vs only its mean, same output:",
      torch.allclose(out(torch.full((4,), b.mean().item())),
                     out(torch.zeros(4)), atol=1e-5))
print("bias b vs b minus its mean:          ",
      torch.allclose(out(b), out(b - b.mean()), atol=1e-5))
