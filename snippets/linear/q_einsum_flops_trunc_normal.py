# What nn.init.trunc_normal_(w, std=.02) draws: its bounds a=-2, b=2 are
# values, not multiples of std, so at std=.02 nothing is outside them; with
# the bounds set to +-2 std the large draws are redrawn and the std shrinks.
import math

import torch
from torch import nn

std, shape = 0.02, (768, 3072)          # one ViT-Base MLP weight
w_normal = torch.empty(shape)
w_default = torch.empty(shape)
w_2std = torch.empty(shape)

torch.manual_seed(0)
nn.init.normal_(w_normal, std=std)
torch.manual_seed(0)
nn.init.trunc_normal_(w_default, std=std)                 # a=-2, b=2
torch.manual_seed(0)
nn.init.trunc_normal_(w_2std, std=std, a=-2 * std, b=2 * std)

beyond = lambda w, k: (w.abs() > k * std).float().mean().item()
print(f"{'':28}{'std':>8}{'max |w|':>9}{'> 2 std':>9}{'> 3 std':>9}")
for name, w in [("normal_(std=.02)", w_normal),
                ("trunc_normal_(std=.02)", w_default),
                ("trunc_normal_, a,b = -+2std", w_2std)]:
    print(f"{name:28}{w.std().item():8.5f}{w.abs().max().item():9.4f}"
          f"{beyond(w, 2):9.2%}{beyond(w, 3):9.2%}")

# Default bounds: nothing lies outside [-2, 2], so nothing is redrawn and the
# result is normal_'s draw, bit for bit.
assert torch.equal(w_default, w_normal)
print("default bounds give normal_'s values bit for bit:", True)

# Bounds at +-2 std: every value lies inside them, and the std is that of a
# standard normal cut at +-2 (computed here from its density), times std.
assert w_2std.abs().max() <= 2 * std
pdf2 = math.exp(-2) / math.sqrt(2 * math.pi)          # density at 2
cut = math.sqrt(1 - 4 * pdf2 / math.erf(2 / math.sqrt(2)))
ratio = w_2std.std().item() / std
print(f"std / requested std with bounds at +-2 std: {ratio:.4f} "
      f"(a standard normal cut at +-2 has std {cut:.4f})")
assert abs(ratio - cut) < 0.005

# To cut at 2 std and still get std .02: draw with std .02 / cut and bounds
# at 2 of those stds.
torch.manual_seed(0)
wide = std / cut
w_fixed = nn.init.trunc_normal_(torch.empty(shape), std=wide, a=-2 * wide,
                                b=2 * wide)
print(f"std .02 / {cut:.4f}, bounds +-2 of it: "
      f"std {w_fixed.std().item():.5f}, "
      f"max |w| {w_fixed.abs().max().item():.4f}")
assert abs(w_fixed.std().item() - std) < 1e-4
