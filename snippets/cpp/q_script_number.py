# A torch.jit.script function called with a Python number: an argument
# without a type annotation is taken to be a Tensor, and 2 is not one.
import warnings

import torch

warnings.simplefilter("ignore")     # torch.jit.script's deprecation warning


def add(x, y):
    return x + y


scripted = torch.jit.script(add)
print("inferred:", scripted.schema)
try:
    scripted(torch.ones(2), 2)
except RuntimeError as e:
    print("scripted(torch.ones(2), 2): RuntimeError:", e)


# the fix: say what the argument is
def add_number(x: torch.Tensor, y: float):
    return x + y


fixed = torch.jit.script(add_number)
print("annotated:", fixed.schema)
print("fixed(torch.ones(2), 2):", fixed(torch.ones(2), 2))
