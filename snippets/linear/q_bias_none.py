# Code that touches .bias, run on a Linear built with bias=False.
import torch
from torch import nn

lin = nn.Linear(3, 2, bias=False)
print("lin.bias:", lin.bias)
for name, touch in [
        ("lin.bias.grad = ...",
         lambda: setattr(lin.bias, "grad", torch.zeros(2))),
        ("lin.bias.data.zero_()", lambda: lin.bias.data.zero_()),
        ("nn.init.zeros_(lin.bias)", lambda: nn.init.zeros_(lin.bias))]:
    try:
        touch()
    except (AttributeError, TypeError) as e:
        print(f"{name:26} {type(e).__name__}: {e}")

# The fix: test for None, or loop over the parameters that exist.
if lin.bias is not None:
    nn.init.zeros_(lin.bias)
print("named_parameters:", [n for n, _ in lin.named_parameters()])
print("state_dict keys: ", list(lin.state_dict()))
