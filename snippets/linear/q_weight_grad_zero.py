# A Linear whose weight gradient is zero while its bias gradient is not:
# dL/dW = g^T x needs a nonzero input, dL/db = sum of g does not.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(4, 2)
for name, x in [("input of zeros", torch.zeros(8, 4)),
                ("input after a dead ReLU", torch.relu(-torch.rand(8, 4))),
                ("ordinary input", torch.randn(8, 4))]:
    lin.zero_grad()
    lin(x).pow(2).sum().backward()
    print(f"{name:24} |dL/dW| {lin.weight.grad.abs().max():.4f}"
          f"   |dL/db| {lin.bias.grad.abs().max():.4f}")

# Find it: look at what reaches the layer, with a forward pre-hook.
seen = {}
hook = lin.register_forward_pre_hook(
    lambda mod, args: seen.update(max_abs_input=args[0].abs().max().item()))
lin(torch.relu(-torch.rand(8, 4)))
hook.remove()
print("largest |input| seen by the layer:", seen["max_abs_input"])
assert seen["max_abs_input"] == 0.0
