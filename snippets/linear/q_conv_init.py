# Conv2d is initialised like Linear: kaiming_uniform_(a=sqrt(5)), with
# fan_in = in_channels / groups * kernel height * kernel width.
import inspect
import math

import torch
from torch import nn

source = inspect.getsource(nn.Conv2d.reset_parameters)  # from _ConvNd
print(*[line.strip() for line in source.splitlines()
        if "init." in line or "bound =" in line or "is_contiguous" in line],
      sep="\n")

# A weight that is not contiguous, channels-last here, is drawn through
# the contiguous temp_weight:
conv, cl = nn.Conv2d(8, 16, 3), nn.Conv2d(8, 16, 3)
cl = cl.to(memory_format=torch.channels_last)
torch.manual_seed(0)
conv.reset_parameters()
torch.manual_seed(0)
cl.reset_parameters()
print("channels_last weight contiguous:", cl.weight.is_contiguous(),
      "| same values as the contiguous one:",
      torch.equal(conv.weight, cl.weight))

torch.manual_seed(0)
for conv in (nn.Conv2d(64, 128, kernel_size=3),
             nn.Conv2d(64, 128, kernel_size=3, groups=4)):
    fan_in = conv.in_channels // conv.groups * 3 * 3
    bound = 1 / math.sqrt(fan_in)
    print(f"groups={conv.groups}: weight {tuple(conv.weight.shape)}, "
          f"fan_in {fan_in}, bound {bound:.5f}, "
          f"max |w| {conv.weight.abs().max().item():.5f}, "
          f"max |b| {conv.bias.abs().max().item():.5f}")
