# What autograd records for nn.Linear, by input shape, layout and bias,
# and for a frozen weight.
import re

import torch
from torch import nn


def recorded(fn, names):
    """The graph below a grad_fn, as nested calls; leaves by their names."""
    if fn.name() == "torch::autograd::AccumulateGrad":
        return names[id(fn.variable)]
    inputs = [recorded(f, names) for f, _ in fn.next_functions if f]
    op = re.sub(r"Backward\d+$", "", fn.name())  # AddmmBackward0 -> Addmm
    return f"{op}({', '.join(inputs)})"


torch.manual_seed(0)
inputs = {
    "2-D": torch.rand(4, 3),
    "3-D": torch.rand(5, 4, 3),
    "3-D, transposed": torch.rand(5, 3, 4).transpose(1, 2),  # not contiguous
    "3-D, sliced": torch.rand(5, 4, 6)[:, :, :3],  # not contiguous either
    "1-D": torch.rand(3),
}
for bias in (True, False):
    lin = nn.Linear(3, 2, bias=bias)
    print(f"bias={bias}")
    for name, x in inputs.items():
        x.requires_grad_()
        names = {id(x): "x", id(lin.weight): "W", id(lin.bias): "b"}
        print(f"  {name:16} {recorded(lin(x).grad_fn, names)}")

lin = nn.Linear(3, 2)
lin.weight.requires_grad_(False)  # frozen: W needs no gradient
print("bias=True, weight frozen")
for name in ("3-D, transposed", "3-D, sliced"):
    x = inputs[name]
    names = {id(x): "x", id(lin.bias): "b"}
    print(f"  {name:16} {recorded(lin(x).grad_fn, names)}")
