# A linear layer's call, then a matrix product whose shapes do not fit: the
# check that fails is in ATen's C++, and Python's traceback ends at torch.mm.
import sys
import traceback

import torch
import torch.nn.functional as F

x = torch.ones(2, 3)
w = torch.ones(4, 3)
print("F.linear:", F.linear(x, w).shape)
try:
    torch.mm(x, x)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
