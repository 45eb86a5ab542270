# "you can only change requires_grad flags of leaf variables": the flag
# of a tensor made by a recorded operation follows from its inputs.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
out = model(torch.randn(4, 3))
try:
    out.requires_grad = False  # out was made by a recorded operation
except RuntimeError as e:
    print("RuntimeError:", e)

fixed = out.detach()  # the fix the message names: a copy without graph
print("out.detach(): requires_grad", fixed.requires_grad,
      "| out still", out.requires_grad)

# To stop gradients into the layer, set the flag on its leaves instead.
model.requires_grad_(False)
print("after model.requires_grad_(False):",
      model(torch.randn(4, 3)).requires_grad)
x = torch.randn(4, 3, requires_grad=True)  # an input that requires grad
model(x).sum().backward()
print("  fed an input that requires grad: output requires_grad",
      model(x).requires_grad, "| weight.grad", model.weight.grad,
      "| x.grad is None:", x.grad is None)

# A parameter moved after requires_grad=True is no leaf either.
w = torch.randn(3, requires_grad=True).to(torch.float64)
try:
    w.requires_grad_(False)
except RuntimeError as e:
    print("w.to(...).requires_grad_(False): RuntimeError:",
          str(e).split(". ")[0])
