# gradcheck compares backward with finite differences, in float64.
import textwrap
import warnings

import torch
from torch.autograd import gradcheck, gradgradcheck
from torch.autograd.gradcheck import GradcheckError


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x ** 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2                  # wrong: grad_y is ignored


x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(Cube.apply, (x,))
except GradcheckError as error:  # a subclass of RuntimeError
    print(type(error).__name__ + ":", error)


def fixed_backward(ctx, grad_y):
    (x,) = ctx.saved_tensors
    return grad_y * 3 * x ** 2             # the chain rule: times grad_y


Cube.backward = staticmethod(fixed_backward)
print("gradcheck:", gradcheck(Cube.apply, (x,)))
print("gradgradcheck:", gradgradcheck(Cube.apply, (x,)))

# In float32 the finite differences are too coarse: a right backward fails
x32 = x.detach().float().requires_grad_()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        gradcheck(Cube.apply, (x32,))
    except GradcheckError as error:
        print(type(error).__name__ + ":", error)
print(textwrap.fill(f"{caught[0].category.__name__}: {caught[0].message}",
                    79))
