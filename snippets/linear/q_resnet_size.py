# A ResNet-shaped network whose head was built for 224 x 224 images, fed
# 256 x 256 ones: the strides shrink the side 32 times (7 or 8), then a
# fixed AvgPool2d(7, stride=1) leaves 1 x 1 or 2 x 2 positions per channel.
import torch
from torch import nn

torch.manual_seed(0)
body = nn.Sequential(  # the strides of ResNet's stem and stages, few channels
    nn.Conv2d(3, 8, 7, stride=2, padding=3), nn.MaxPool2d(3, 2, padding=1),
    nn.Conv2d(8, 8, 3, stride=2, padding=1),
    nn.Conv2d(8, 8, 3, stride=2, padding=1),
    nn.Conv2d(8, 512, 3, stride=2, padding=1),
).eval()
fc = nn.Linear(512, 10)

for pool in (nn.AvgPool2d(7, stride=1), nn.AdaptiveAvgPool2d((1, 1))):
    print(pool)
    for side in (224, 256):
        with torch.no_grad():
            maps = body(torch.zeros(1, 3, side, side))
            flat = pool(maps).flatten(1)
            try:
                result = f"fc output {tuple(fc(flat).shape)}"
            except RuntimeError as e:
                result = f"RuntimeError: {e}"
        print(f"  {side}x{side}: maps {tuple(maps.shape[1:])} -> "
              f"{flat.shape[1]} features, {result}")
