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

# After a convolution, LayerNorm over [C, H, W]: the same, per channel.
images = torch.randn(2, 3, 5, 5)
conv, norm2d = nn.Conv2d(3, 4, 3), nn.LayerNorm([4, 3, 3])


def conv_out(bias):
    with torch.no_grad():
        conv.bias.copy_(bias)
    return norm2d(conv(images))


print("conv, bias b vs no bias, same output:      ",
      torch.allclose(conv_out(b), conv_out(torch.zeros(4)), atol=1e-5))
print("conv, 2 in every channel vs no bias, same:",
      torch.allclose(conv_out(torch.full((4,), 2.0)),
                     conv_out(torch.zeros(4)), atol=1e-5))
