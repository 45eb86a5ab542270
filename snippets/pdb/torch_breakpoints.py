# command: python -m pdb snippets/pdb/torch_breakpoints.py
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(5, 3)
y = model(x)
print("output", tuple(y.shape))
