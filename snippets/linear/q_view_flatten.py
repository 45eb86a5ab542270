# Flattening for a Linear after a permute: view refuses a tensor whose
# memory order no longer matches its shape; flatten/reshape copy instead.
import torch
from torch import nn

torch.manual_seed(0)
feats = torch.randn(8, 32, 7, 7)          # (N, C, H, W) from a conv
channels_last = feats.permute(0, 2, 3, 1)  # (N, H, W, C): same memory
print("contiguous:", feats.is_contiguous(), channels_last.is_contiguous())
try:
    channels_last.view(8, -1)
except RuntimeError as e:
    print("view: RuntimeError:", e)
fc = nn.Linear(7 * 7 * 32, 10)
for name, flat in [("flatten(1)", channels_last.flatten(1)),
                   ("reshape(8, -1)", channels_last.reshape(8, -1)),
                   ("contiguous().view(8, -1)",
                    channels_last.contiguous().view(8, -1))]:
    print(f"{name:25} {tuple(flat.shape)} -> {tuple(fc(flat).shape)}")
assert torch.equal(channels_last.flatten(1),
                   channels_last.contiguous().view(8, -1))
