# command: PYTHONBREAKPOINT=0 python snippets/pdb/breakpoint_off.py
import pdb

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(8, 3), torch.randn(8, 1)
for step in range(5):
    loss = (model(x) - target).pow(2).mean()
    if step == 3:
        breakpoint()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
pdb.set_trace()  # not switched off by PYTHONBREAKPOINT
print(f"final loss {loss.item():.4f}")
