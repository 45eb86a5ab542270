# Two ways to find in_features for the Linear after convolutions:
# the size formula, and one dummy batch through the layers.
import torch
from torch import nn


def out_size(size, kernel, stride=1, padding=0):
    """Conv2d and MaxPool2d: floor((size + 2*padding - kernel)/stride) + 1"""
    return (size + 2 * padding - kernel) // stride + 1


features = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, stride=2), nn.ReLU(),
    nn.Flatten(),
)
for side in (32, 64):
    s = out_size(side, 5)         # conv 5x5
    s = out_size(s, 2, stride=2)  # max pool 2x2
    s = out_size(s, 3, stride=2)  # conv 3x3, stride 2
    by_formula = 32 * s * s
    with torch.no_grad():  # a dummy batch of one: no graph is kept
        by_dummy = features(torch.zeros(1, 3, side, side)).shape[1]
    print(f"{side}x{side} images: formula 32*{s}*{s} = {by_formula}, "
          f"dummy batch = {by_dummy}")

# ceil_mode=True rounds up instead: an odd side keeps its last row.
x = torch.zeros(1, 1, 15, 15)
print("MaxPool2d(2) on 15x15:", tuple(nn.MaxPool2d(2)(x).shape[2:]),
      " with ceil_mode=True:",
      tuple(nn.MaxPool2d(2, ceil_mode=True)(x).shape[2:]))

# An adaptive pool fixes the output size, so in_features no longer
# depends on the image size: always 32 * 4 * 4.
adaptive = nn.Sequential(*features[:-1], nn.AdaptiveAvgPool2d((4, 4)),
                         nn.Flatten())
with torch.no_grad():
    for side in (32, 64, 100):
        n = adaptive(torch.zeros(1, 3, side, side)).shape[1]
        print(f"with AdaptiveAvgPool2d((4, 4)), {side}x{side}: {n}")
