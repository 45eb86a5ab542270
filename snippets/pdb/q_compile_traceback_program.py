# A compiled function whose graph fails while it runs: run with the argument
# `fail`, the second call asks for index 5 of a tensor of 3 elements. The
# first call, with index 0, compiles the function and works.
import sys

import torch


@torch.compile(backend="eager")
def pick(x, idx):
    y = x * 2
    z = torch.index_select(y, 0, idx)
    return z + 1


print(pick(torch.ones(3), torch.tensor([0])))
if "fail" in sys.argv:
    print(pick(torch.ones(3), torch.tensor([5])))
