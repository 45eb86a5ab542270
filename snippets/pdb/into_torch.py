# command: python -m pdb snippets/pdb/into_torch.py
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
y = model(x)
print("output", tuple(y.shape))
