# A classifier head saved as a 1x1 Conv2d, loaded into an nn.Linear head:
# the size mismatch, and the reshape that fixes it.
import torch
from torch import nn

torch.manual_seed(0)
conv_head = nn.Conv2d(512, 1000, kernel_size=1)
linear_head = nn.Linear(512, 1000)
saved = conv_head.state_dict()
print({k: tuple(v.shape) for k, v in saved.items()})
try:
    linear_head.load_state_dict(saved)
except RuntimeError as e:
    print("RuntimeError:", e)

# Same numbers, two trailing dimensions of size 1: drop them.
fixed = {"weight": saved["weight"].flatten(1), "bias": saved["bias"]}
print(linear_head.load_state_dict(fixed))

features = torch.randn(2, 512, 1, 1)  # pooled feature maps
conv_logits = conv_head(features).flatten(1)
linear_logits = linear_head(features.flatten(1))
print("same logits:", torch.allclose(conv_logits, linear_logits, atol=1e-6))
