# command: python snippets/pdb/qq_skip.py
import pdb

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        h = self.body(x)
        return self.head(h)


torch.manual_seed(0)
model = Net()
x = torch.randn(2, 3)
pdb.Pdb(skip=["torch.*"]).set_trace()
y = model(x)
print(y.shape)
