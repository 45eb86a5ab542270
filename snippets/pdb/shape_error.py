# command: python -m pdb -c continue snippets/pdb/shape_error.py
import torch
from torch import nn

torch.manual_seed(0)
# The bug: the second Linear expects 3 features, the first produces 4.
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(3, 2))
x = torch.randn(5, 3)
y = model(x)
print("output", tuple(y.shape))
