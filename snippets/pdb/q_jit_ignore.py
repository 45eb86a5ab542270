# command: python snippets/pdb/q_jit_ignore.py
import warnings

import torch


@torch.jit.ignore
def double(x):
    breakpoint()
    return x * 2


def double_plus_one(x: torch.Tensor) -> torch.Tensor:
    return double(x) + 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    double_plus_one = torch.jit.script(double_plus_one)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")


print(double_plus_one.graph)
print(double_plus_one(torch.ones(2)))
