# x.view(-1, n) with the wrong n does not fail at the Linear: it moves
# features into the batch dimension. flatten(1) keeps the batch intact.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
conv_out = torch.randn(8, 16, 5, 10)  # 8 samples of 16*5*10 = 800 values
labels = torch.zeros(8, dtype=torch.long)
head = nn.Linear(16 * 5 * 5, 10)      # written for 5x5 feature maps

x = conv_out.view(-1, 16 * 5 * 5)     # 6400 values / 400 per row
print("view(-1, 400):", tuple(x.shape), "- the batch became", x.shape[0])
try:
    F.cross_entropy(head(x), labels)
except ValueError as e:
    print("ValueError:", e)

try:
    conv_out.view(conv_out.size(0), 16 * 5 * 5)  # batch pinned: it fails
except RuntimeError as e:
    print("RuntimeError:", e)

x = conv_out.flatten(1)               # same as nn.Flatten(): keep dim 0
print("flatten(1):   ", tuple(x.shape))
try:
    head(x)
except RuntimeError as e:
    print("RuntimeError:", e)
