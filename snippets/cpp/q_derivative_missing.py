# "NotImplementedError: the derivative for '_cdist_backward' is not
# implemented": derivatives.yaml gives the operator a formula that says so,
# and the error comes when a backward pass needs it.
import os

import torch
import torchgen

yaml = os.path.join(os.path.dirname(torchgen.__file__), "packaged",
                    "autograd", "derivatives.yaml")
lines = open(yaml, encoding="utf-8").read().splitlines()
start = next(i for i, line in enumerate(lines)
             if line.startswith("- name: _cdist_backward("))
print("\n".join(lines[start:lines.index("", start)]))  # up to a blank line

torch.manual_seed(0)
a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(4, 2)
d = torch.cdist(a, b)                  # first derivative: fine
g, = torch.autograd.grad(d.sum(), a, create_graph=True)
try:
    g.pow(2).sum().backward()          # a gradient penalty: the second one
    print("double backward of cdist: runs")
except NotImplementedError as e:
    print("double backward of cdist: NotImplementedError:", e)
a.grad = None

# the fix: the same distances from operators that have every derivative
d2 = torch.linalg.vector_norm(a[:, None, :] - b[None, :, :], dim=-1)
assert torch.allclose(d, d2)
g2, = torch.autograd.grad(d2.sum(), a, create_graph=True)
g2.pow(2).sum().backward()
print("vector_norm of differences: same distances:", torch.allclose(d, d2),
      "| double backward gives a.grad of shape", tuple(a.grad.shape))

# an operator with no formula for one input: zeta (x, q), for x
x = torch.rand(3, requires_grad=True)
try:
    torch.special.zeta(x + 2, torch.tensor(2.0)).sum().backward()
except NotImplementedError as e:
    print("zeta w.r.t. its first input: NotImplementedError:", e)
