# command: python snippets/pdb/q_compile_breakpoint.py
import random

import torch

random.seed(0)  # fixes the state random.getstate() returns in the session


@torch.compile(backend="eager")
def scale(x):
    y = x * 2
    breakpoint()
    return y + 1


print(scale(torch.ones(2)))
