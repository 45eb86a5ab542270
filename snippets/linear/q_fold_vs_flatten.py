# A (batch, tokens, features) input: a Linear on the last dimension, the
# same after folding the leading dimensions into rows, and a Linear on
# the flattened sample, which is a different layer.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 10, 16)  # 8 samples, 10 positions, 16 features
per_position = nn.Linear(16, 16)
y3 = per_position(x)                       # (8, 10, 16)
y2 = per_position(x.reshape(80, 16)).reshape(8, 10, 16)
print("on the last dim:", tuple(y3.shape), " folded to (80, 16) and back:",
      torch.equal(y3, y2))

flat = nn.Linear(10 * 16, 16)              # one Linear on the whole sample
print("flatten(1) then Linear(160, 16):", tuple(flat(x.flatten(1)).shape))
for name, layer in [("Linear(16, 16), per position", per_position),
                    ("Linear(160, 16), flattened", flat)]:
    n = sum(p.numel() for p in layer.parameters())
    print(f"{name:30} {n:5} parameters")

# The per-position layer is the flattened one with a block-diagonal weight:
# the same (16, 16) block at every position, no weight across positions.
big = nn.Linear(160, 160)
with torch.no_grad():
    big.weight.copy_(torch.block_diag(*[per_position.weight] * 10))
    big.bias.copy_(per_position.bias.repeat(10))
same = torch.allclose(big(x.flatten(1)).view(8, 10, 16), y3, atol=1e-6)
print("block-diagonal Linear(160, 160) equals it:", same)
assert same
