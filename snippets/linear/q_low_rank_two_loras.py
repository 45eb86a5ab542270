# Merging two LoRAs of the same Linear: adding their factors adds cross terms;
# adding their products, or concatenating the factors along the rank, does not.
import math

import torch
from torch import nn

torch.manual_seed(0)
d_in, d_out, r1, r2 = 16, 12, 4, 2
base = nn.Linear(d_in, d_out)
A1, B1 = torch.randn(r1, d_in), torch.randn(d_out, r1)  # LoRA 1: down, up
A2, B2 = torch.randn(r2, d_in), torch.randn(d_out, r2)  # LoRA 2: rank r2
wanted = B1 @ A1 + B2 @ A2                    # both updates, (out, in)

try:
    (B1 + B2) @ (A1 + A2)                                # ranks differ: no sum
except RuntimeError as e:
    print(f"B1 + B2 with ranks {r1} and {r2}: {type(e).__name__}: {e}")
A2_1, B2_1 = A2[:1], B2[:, :1]                  # a rank-1 LoRA 2 broadcasts
print(f"B1 + B2 with ranks {r1} and 1: no error, shape",
      tuple(((B1 + B2_1) @ (A1 + A2_1)).shape))

A2b, B2b = torch.randn(r1, d_in), torch.randn(d_out, r1)  # a LoRA 2 of rank r1
wanted_b = B1 @ A1 + B2b @ A2b
summed = (B1 + B2b) @ (A1 + A2b)                         # factors added
cross = B1 @ A2b + B2b @ A1
assert torch.allclose(summed, wanted_b + cross, atol=1e-4)
print("(B1 + B2)(A1 + A2) == B1 A1 + B2 A2 + B1 A2 + B2 A1: True")
err = ((summed - wanted_b).norm() / wanted_b.norm()).item()
print(f"factors added: relative error {err:.2f},",
      f"rank {torch.linalg.matrix_rank(summed).item()}")

# Right 1: add the products into the weight, W + B1 A1 + B2 A2 (any ranks)
W = base.weight.detach().clone()
merged = nn.Linear(d_in, d_out)
with torch.no_grad():
    merged.weight.copy_(W + wanted)
    merged.bias.copy_(base.bias)
x = torch.randn(3, d_in)
two_adapters = base(x) + (x @ A1.T) @ B1.T + (x @ A2.T) @ B2.T
assert torch.allclose(merged(x), two_adapters, atol=1e-4)
print("W + B1 A1 + B2 A2 == base + both adapters: True")

# Right 2: one LoRA of rank r1 + r2, factors concatenated along the rank
A = torch.cat([A1, A2], dim=0)                # [A1; A2]: (r1 + r2, in)
B = torch.cat([B1, B2], dim=1)                # [B1 B2]: (out, r1 + r2)
assert torch.allclose(B @ A, wanted, atol=1e-4)
print(f"[B1 B2] [A1; A2] == B1 A1 + B2 A2: True, A {tuple(A.shape)},"
      f" B {tuple(B.shape)}, rank {torch.linalg.matrix_rank(B @ A).item()}")

# With scalings: fold each s_i = alpha_i / r_i (times a ratio) into one factor
s1, s2 = 8 / r1, 4 / r2
A_s = torch.cat([A1, A2], dim=0)
B_s = torch.cat([s1 * B1, s2 * B2], dim=1)
assert torch.allclose(B_s @ A_s, s1 * B1 @ A1 + s2 * B2 @ A2, atol=1e-3)
print("scalings folded into B:",
      "[s1 B1  s2 B2] [A1; A2] == s1 B1 A1 + s2 B2 A2: True")

# A merged file read with one alpha for rank r1 + r2: a loader that scales by
# alpha / rank (kohya's lora.py) and keeps the first LoRA's alpha multiplies
# each update by r_i / (r1 + r2): here two LoRAs of rank 4, alpha 4 each
alpha = 4.0
wanted_s = alpha / r1 * (B1 @ A1 + B2b @ A2b)     # both, each alpha / r1
A_c = torch.cat([A1, A2b], dim=0)
B_c = torch.cat([B1, B2b], dim=1)
loaded = alpha / A_c.shape[0] * B_c @ A_c                # alpha / (r1 + r1)
print(f"concatenated, read with alpha {alpha:g} and rank {A_c.shape[0]}:",
      f"update / wanted = {(loaded.norm() / wanted_s.norm()).item():.2f}")
assert torch.allclose(loaded, wanted_s / 2, atol=1e-4)
# --concat multiplies lora_down by sqrt(alpha_i / alpha_1) * ratio and
# lora_up by its absolute value, so the update by ratio * |ratio|: positive
# ratios sqrt((r1 + r2) / r_i) undo the r_i / (r1 + r2)
ratio = math.sqrt(A_c.shape[0] / r1)
loaded_r = alpha / A_c.shape[0] * (ratio * B_c) @ (ratio * A_c)
assert torch.allclose(loaded_r, wanted_s, atol=1e-3)
print(f"the same with ratios {ratio:.3f} {ratio:.3f}:",
      f"update / wanted = {(loaded_r.norm() / wanted_s.norm()).item():.2f}")
