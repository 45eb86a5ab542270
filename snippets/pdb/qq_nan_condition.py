# command: python -m pdb snippets/pdb/qq_nan_condition.py
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
for step in range(4):
    if step == 2:
        x[1, 0] = float("nan")
    h = x * (step + 1)
    total = h.sum()
    print(step, total)
