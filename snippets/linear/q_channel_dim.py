# nn.Linear only mixes the last dimension. To mix the channels of an
# (N, C, H, W) image, move C last, or use the equivalent 1x1 convolution.
import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(2, 3, 4, 5)          # (N, C=3, H, W)
lin = nn.Linear(in_features=3, out_features=6)
try:
    lin(images)                            # mixes W (5 values), not C
except RuntimeError as e:
    print("RuntimeError:", e)

by_linear = lin(images.movedim(1, -1)).movedim(-1, 1)  # (N, H, W, C) and back
conv = nn.Conv2d(in_channels=3, out_channels=6, kernel_size=1)
with torch.no_grad():                      # the same numbers, another layout
    conv.weight.copy_(lin.weight.reshape(6, 3, 1, 1))
    conv.bias.copy_(lin.bias)
by_conv = conv(images)
print("Linear on channels:", tuple(by_linear.shape),
      " Conv2d 1x1:", tuple(by_conv.shape))
print("close:", torch.allclose(by_linear, by_conv, atol=1e-6))
print("weights: Linear", tuple(lin.weight.shape),
      " Conv2d", tuple(conv.weight.shape))
