# A LoRA layer built from plain nn.Linear stand-ins: what it computes,
# y = x W^T + b + s (x A^T) B^T, and merging s * B @ A into the weight.
import math

import torch
from torch import nn

torch.manual_seed(0)
d_in, d_out, r, alpha = 64, 32, 4, 8
s = alpha / r                                   # the scaling, alpha / r
base = nn.Linear(d_in, d_out)                   # the frozen, pretrained layer
lora_A = nn.Linear(d_in, r, bias=False)         # weight (r, in): default init
lora_B = nn.Linear(r, d_out, bias=False)        # weight (out, r)
nn.init.zeros_(lora_B.weight)                   # B = 0: the update starts at 0
print("W", tuple(base.weight.shape), " A", tuple(lora_A.weight.shape),
      " B", tuple(lora_B.weight.shape), " s = alpha / r =", s)
bound = 1 / math.sqrt(d_in)                     # kaiming_uniform_(a=sqrt(5))
print(f"A's entries within +-1/sqrt(in) = +-{bound:.4f}:",
      bool(lora_A.weight.abs().max() <= bound))


def lora_forward(x):                            # unmerged: two extra matmuls
    return base(x) + s * lora_B(lora_A(x))


x = torch.randn(5, d_in)
print("at initialisation, output == base output:",
      torch.equal(lora_forward(x), base(x)))

with torch.no_grad():                           # stand-in for training B
    lora_B.weight.normal_(0, 0.1)
y = lora_forward(x)
W, b = base.weight, base.bias
A, B = lora_A.weight, lora_B.weight
by_formula = x @ W.T + b + s * (x @ A.T) @ B.T
assert torch.allclose(y, by_formula, atol=1e-6)
print("update B @ A:", tuple((B @ A).shape), " rank:",
      torch.linalg.matrix_rank(B @ A).item())

merged = nn.Linear(d_in, d_out)                 # merge: W + s * B @ A
with torch.no_grad():
    merged.weight.copy_(W + s * B @ A)
    merged.bias.copy_(b)
y_merged = merged(x)
diff = (y_merged - y).abs().max().item()
assert torch.allclose(y_merged, y, atol=1e-5)
print(f"merged vs unmerged: max |difference| {diff:.1e}, allclose True")
print("bitwise equal:", torch.equal(y_merged, y))

with torch.no_grad():                           # unmerge: subtract it again
    unmerged_W = merged.weight - s * B @ A
print("unmerged weight == W:", torch.equal(unmerged_W, W),
      f" max |difference|: {(unmerged_W - W).abs().max().item():.1e}")
assert torch.allclose(unmerged_W, W, atol=1e-6)
