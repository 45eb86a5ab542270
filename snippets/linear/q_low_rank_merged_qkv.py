# LoRA on one Linear that computes q, k and v together, on q and v only
# (enable_lora=[True, False, True]): the grouped Conv1d that applies both B
# matrices at once, checked against separate matrices.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
d, r, s = 8, 2, 1.0
enable_lora = [True, False, True]              # q, k, v
k = sum(enable_lora)                           # 2 parts get an update
qkv = nn.Linear(d, 3 * d)                      # weight (3d, d): q, k, v rows
A = torch.randn(k * r, d)                      # A_q and A_v stacked: (k r, in)
B = torch.randn(k * d, r)                      # B_q and B_v stacked: (k d, r)
x = torch.randn(4, 5, d)                       # (batch, tokens, features)

# One grouped conv: group g reads the r channels made by A's rows g*r:(g+1)*r
# and applies B's rows g*d:(g+1)*d to them
after_A = F.linear(x, A)                                     # (4, 5, k r)
after_B = F.conv1d(after_A.transpose(-2, -1), B.unsqueeze(-1),
                   groups=k).transpose(-2, -1)               # (4, 5, k d)
print("after_A", tuple(after_A.shape), " conv weight",
      tuple(B.unsqueeze(-1).shape), " after_B", tuple(after_B.shape))
lora_ind = torch.tensor(enable_lora).repeat_interleave(d)  # of the 3d outputs
update = x.new_zeros(4, 5, 3 * d)
update[..., lora_ind] = after_B                 # k's columns stay 0
y = qkv(x) + s * update

# The same with separate matrices, one per part that has LoRA
A_q, A_v = A[:r], A[r:]
B_q, B_v = B[:d], B[d:]
q, kk, v = qkv(x).split(d, dim=-1)
q = q + s * (x @ A_q.T) @ B_q.T
v = v + s * (x @ A_v.T) @ B_v.T
assert torch.allclose(y, torch.cat([q, kk, v], dim=-1), atol=1e-5)
print("grouped conv == separate B_q A_q and B_v A_v: True")
print("k's outputs unchanged:",
      torch.equal(y[..., d:2 * d], qkv(x)[..., d:2 * d]))

# groups=k is a block-diagonal B: no part reads another part's rank
block = torch.block_diag(B_q, B_v)                           # (k d, k r)
assert torch.allclose(after_B, after_A @ block.T, atol=1e-5)
print("grouped conv == after_A @ block_diag(B_q, B_v).T: True")
try:
    F.conv1d(after_A.transpose(-2, -1), B.unsqueeze(-1))      # groups=1
except RuntimeError as e:
    print(f"groups=1: {type(e).__name__}: {e}")

# Merging: the same conv on A gives the (k d, in) update, padded to (3d, in)
delta = F.conv1d(A.unsqueeze(0), B.unsqueeze(-1), groups=k).squeeze(0)
assert torch.allclose(delta, torch.cat([B_q @ A_q, B_v @ A_v]), atol=1e-5)
W_merged = qkv.weight.detach().clone()
W_merged[lora_ind] += s * delta
assert torch.allclose(F.linear(x, W_merged, qkv.bias), y, atol=1e-5)
print("merged (3d, in) weight gives the same output; k rows unchanged:",
      torch.equal(W_merged[d:2 * d], qkv.weight[d:2 * d]))

# A plain LoRA on the whole qkv Linear: one A shared by q, k and v,
# and an update on k's outputs as soon as B is trained
A_all, B_all = torch.randn(r, d), torch.randn(3 * d, r)
y_plain = qkv(x) + s * (x @ A_all.T) @ B_all.T
print("plain LoRA on qkv: k's outputs unchanged:",
      torch.equal(y_plain[..., d:2 * d], qkv(x)[..., d:2 * d]))
