# terminal: the traceback names this file's lines, which a cell does not have
# F.linear, then torch.mm on shapes that do not fit: a check in ATen's C++.
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
