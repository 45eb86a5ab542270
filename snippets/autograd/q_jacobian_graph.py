# torch.autograd.functional.jacobian returns a plain tensor unless
# create_graph=True: only then can its result be differentiated again.
import torch
from torch.autograd.functional import jacobian


def f(x):
    return x ** 3


x = torch.tensor([1.0, 2.0], requires_grad=True)
J = jacobian(f, x)
print("jacobian(f, x): requires_grad", J.requires_grad, "grad_fn", J.grad_fn)
try:
    J.sum().backward()
except RuntimeError as e:
    print("J.sum().backward(): RuntimeError:", e)

J = jacobian(f, x, create_graph=True)
print("create_graph=True: grad_fn", type(J.grad_fn).__name__)
(second,) = torch.autograd.grad(J.sum(), x)  # d/dx of 3x^2 on the diagonal
print("gradient of the Jacobian's sum:", second)
assert torch.equal(second, 6 * x.detach())
