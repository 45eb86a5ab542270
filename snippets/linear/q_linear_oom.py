# A conv output (N, C, H, W) handed to a Linear without flattening: the
# Linear takes the last dimension (W = 7) as its features and every other
# one as batch, so the output it would make is N*C*H rows of out_features.
import torch
import torch.nn.functional as F

x = torch.zeros(2048, 256, 7, 7)  # AlexNet-like features, not flattened
weight = torch.zeros(4096, 9216)  # Linear(9216, 4096): 9216 = 256 * 6 * 6
bias = torch.zeros(4096)

rows = x.shape[:-1].numel()  # 2048 * 256 * 7
gib = rows * weight.shape[0] * x.element_size() / 2**30
print(f"output it would make: {tuple(x.shape[:-1]) + (4096,)}, "
      f"{gib:.2f} GiB of float32")
try:
    F.linear(x, weight, bias)
except RuntimeError as e:
    print("RuntimeError:", e)

# The fix: pool to the size the Linear was built for, flatten, then linear.
small = torch.zeros(2, 256, 7, 7)  # two images are enough to show it
flat = F.adaptive_avg_pool2d(small, (6, 6)).flatten(1)
print("pooled and flattened:", tuple(flat.shape),
      "-> linear:", tuple(F.linear(flat, weight, bias).shape))
assert flat.shape[1] == weight.shape[1]
