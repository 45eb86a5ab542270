# A custom operator is opaque to autograd: register_autograd gives it a
# backward formula.
import torch
from torch import Tensor


@torch.library.custom_op("graddemo::scaled_add", mutates_args=())
def scaled_add(x: Tensor, y: Tensor, alpha: float) -> Tensor:
    return x + alpha * y


def setup_context(ctx, inputs, output):
    # what backward needs is saved on ctx during the forward
    x, y, alpha = inputs
    ctx.alpha = alpha


def backward(ctx, grad):
    # one gradient per input, None for the float
    return grad, ctx.alpha * grad, None


x = torch.ones(3, requires_grad=True)
y = torch.ones(3, requires_grad=True)
try:
    scaled_add(x, y, 2.0).sum().backward()  # no formula registered yet
except RuntimeError as e:
    print(f"before: {type(e).__name__}: {str(e).splitlines()[0]}")

scaled_add.register_autograd(backward, setup_context=setup_context)

out = scaled_add(x, y, 2.0)
print("grad_fn:", out.grad_fn.name())
out.sum().backward()
print("x.grad:", x.grad, "y.grad:", y.grad)
print("gradcheck:", torch.autograd.gradcheck(
    lambda a, b: scaled_add(a, b, 2.0),
    (torch.rand(3, dtype=torch.double, requires_grad=True),
     torch.rand(3, dtype=torch.double, requires_grad=True))))
