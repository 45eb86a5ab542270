# command: python -m pdb -c continue snippets/pdb/pm_warning.py
# A warning turned into an error (what `python -W error::UserWarning` does
# for the whole program) raises where it is issued, so the traceback and
# pdb's post-mortem show the line of yours that caused it.
import warnings

import torch
import torch.nn.functional as F

warnings.simplefilter("error", UserWarning)

torch.manual_seed(0)
model = torch.nn.Linear(4, 1)
x, target = torch.randn(8, 4), torch.randn(8)
pred = model(x)
loss = F.mse_loss(pred, target)  # (8, 1) against (8,): broadcast to (8, 8)
print(loss)
