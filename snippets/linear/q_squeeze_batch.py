# A head that calls squeeze(): right for every batch size but 1.
import torch
from torch import nn

torch.manual_seed(0)
pool, fc = nn.AdaptiveAvgPool2d(1), nn.Linear(64, 10)


def head_squeeze(feats):       # (N, 64, 1, 1) -> squeeze() -> Linear
    return fc(pool(feats).squeeze())


def head_flatten(feats):       # flatten(1) keeps dimension 0 as the batch
    return fc(pool(feats).flatten(1))


for n in (4, 1):
    feats = torch.randn(n, 64, 7, 7)
    print(f"batch {n}: squeeze() {tuple(pool(feats).squeeze().shape)} -> "
          f"{tuple(head_squeeze(feats).shape)}   flatten(1) -> "
          f"{tuple(head_flatten(feats).shape)}")
feats = torch.randn(1, 64, 7, 7)
try:   # code that expects (N, 10) then fails, here the prediction
    head_squeeze(feats).argmax(dim=1)
except IndexError as e:
    print(f"argmax(dim=1): IndexError: {e}")
print("squeeze(-1).squeeze(-1):",
      tuple(pool(feats).squeeze(-1).squeeze(-1).shape))
assert head_flatten(feats).shape == (1, 10)
