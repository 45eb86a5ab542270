# Asking for the gradient of an input the output does not depend on.
import textwrap

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
unused = torch.tensor([5.0], requires_grad=True)
y = (x * x).sum()
try:
    torch.autograd.grad(y, [x, unused], retain_graph=True)
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))
print(torch.autograd.grad(y, [x, unused], retain_graph=True,
                          allow_unused=True))
print(torch.autograd.grad(y, [x, unused], allow_unused=True,
                          materialize_grads=True))
