# command: python snippets/pdb/post_mortem.py
import pdb

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(3, 2))
try:
    model(torch.randn(5, 3))
except RuntimeError as error:
    print("RuntimeError:", error)
    pdb.post_mortem(error.__traceback__)
print("the script goes on after the post-mortem session")
