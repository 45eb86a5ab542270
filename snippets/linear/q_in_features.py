# Two ways to find in_features for the Linear after convolutions:
# the size formula, and one dummy batch through the layers.
import math

import torch
from torch import nn


def out_size(size, kernel, stride, padding=0):
    """Conv2d, MaxPool2d and AvgPool2d with ceil_mode=False:
    floor((size + 2*padding - kernel)/stride) + 1. Pass the stride: it
    defaults to 1 in Conv2d but to the kernel size in the pooling layers."""
    return (size + 2 * padding - kernel) // stride + 1


# The formula, checked: side n, kernel k, stride st, padding p.
for n, k, st, p in [(15, 2, 2, 0), (28, 3, 1, 1), (31, 5, 2, 2),
                    (64, 3, 2, 1)]:
    x = torch.zeros(1, 1, n, n)
    for layer in (nn.Conv2d(1, 1, k, st, p), nn.MaxPool2d(k, st, p),
                  nn.AvgPool2d(k, st, p)):
        assert layer(x).shape[-1] == out_size(n, k, st, p), (layer, n)

print("default stride: Conv2d", nn.Conv2d(3, 16, 5).stride,
      " MaxPool2d(2)", nn.MaxPool2d(2).stride,
      " AvgPool2d(2)", nn.AvgPool2d(2).stride)


features = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, stride=2), nn.ReLU(),
    nn.Flatten(),
)
for side in (32, 64):
    s = out_size(side, 5, stride=1)  # conv 5x5
    s = out_size(s, 2, stride=2)     # max pool 2x2
    s = out_size(s, 3, stride=2)     # conv 3x3, stride 2
    by_formula = 32 * s * s
    with torch.no_grad():  # a dummy batch of one: no graph is kept
        by_dummy = features(torch.zeros(1, 3, side, side)).shape[1]
    print(f"{side}x{side} images: formula 32*{s}*{s} = {by_formula}, "
          f"dummy batch = {by_dummy}")

# ceil_mode=True rounds up instead: an odd side keeps its last row...
x = torch.zeros(1, 1, 15, 15)
print("MaxPool2d(2) on 15x15:", tuple(nn.MaxPool2d(2)(x).shape[2:]),
      " with ceil_mode=True:",
      tuple(nn.MaxPool2d(2, ceil_mode=True)(x).shape[2:]))
# ...but not always with padding: the docstring's note, and 5x5 padded by 1.
note = nn.MaxPool2d.__doc__.split("Note:")[1].split("\n\n")[0]
print("MaxPool2d's note:", " ".join(note.split()))
x = torch.zeros(1, 1, 5, 5)
for pool in (nn.MaxPool2d(2, padding=1, ceil_mode=True),
             nn.AvgPool2d(2, padding=1, ceil_mode=True)):
    print(f"{type(pool).__name__}(2, padding=1, ceil_mode=True) on 5x5: "
          f"{tuple(pool(x).shape[2:])}, rounded up: "
          f"{math.ceil((5 + 2 * 1 - 2) / 2) + 1}")

# An adaptive pool fixes the output size, so in_features no longer
# depends on the image size: always 32 * 4 * 4.
adaptive = nn.Sequential(*features[:-1], nn.AdaptiveAvgPool2d((4, 4)),
                         nn.Flatten())
with torch.no_grad():
    for side in (32, 64, 100):
        n = adaptive(torch.zeros(1, 3, side, side)).shape[1]
        print(f"with AdaptiveAvgPool2d((4, 4)), {side}x{side}: {n}")
