# "s.isIntegral(false) INTERNAL ASSERT FAILED" came from converting a Scalar to
# a tensor. On the installed torch: what that conversion does now, what
# nn.DataParallel does on a machine without GPUs, and the ordinary check a
# float Scalar meets when an integer tensor cannot hold the result.
import torch
from torch import nn

torch.manual_seed(0)

# A Scalar from Python is a float, an int, a bool or a complex; each becomes a
# 0-dim tensor of its own kind (torch.where takes two Scalars here).
cond = torch.tensor([True, False])
for a, b in [(1, 2), (1.5, 2.5), (True, False), (1j, 2j)]:
    print(f"where(cond, {a!r}, {b!r}) ->", torch.where(cond, a, b).dtype)

# An integer tensor given a float Scalar in place: an argument check
# (TORCH_CHECK), not an internal assert.
t = torch.arange(3)
try:
    t.add_(1.5)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print("fix, a float result:", t + 1.5, "| or an int Scalar:", t.add_(1))

# nn.DataParallel without CUDA keeps no device ids and calls the module
# directly: none of its multi-GPU path (replicate, scatter, gather) runs.
# A small stand-in for vit_b_16: a linear "head" on flattened patches.
model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 4 * 4, 5))
dp = nn.DataParallel(model)
print("CUDA available:", torch.cuda.is_available(),
      "| device_ids:", dp.device_ids)
x, y = torch.randn(8, 3, 4, 4), torch.randint(0, 5, (8,))
loss = nn.functional.cross_entropy(dp(x), y)
loss.backward()
assert dp.device_ids == [] and model[1].weight.grad is not None
print("loss.backward() ran; weight.grad:", tuple(model[1].weight.grad.shape))
