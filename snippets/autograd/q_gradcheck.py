# gradcheck compares your backward with finite differences. A backward
# that forgets to multiply by grad_output fails it, however right its
# derivative is.
import warnings

import torch
from torch.autograd import gradcheck


def make_isrlu(multiply_by_grad_out):
    class ISRLU(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return torch.where(x >= 0, x, x / torch.sqrt(1 + x * x))

        @staticmethod
        def backward(ctx, grad_out):
            x, = ctx.saved_tensors
            d = torch.where(x >= 0, torch.ones_like(x),
                            (1 + x * x) ** -1.5)  # derivative of forward
            return d * grad_out if multiply_by_grad_out else d
    return ISRLU


x = torch.tensor([-1.5, -0.5, 2.0], dtype=torch.double, requires_grad=True)
try:
    gradcheck(make_isrlu(False).apply, (x,))
except Exception as e:  # torch.autograd.gradcheck.GradcheckError
    print(type(e).__name__ + ":", str(e).strip())
print("with d * grad_out:", gradcheck(make_isrlu(True).apply, (x,)))

x1 = x[:1].detach().requires_grad_()  # one element: Jacobians agree
try:
    gradcheck(make_isrlu(False).apply, (x1,))
except Exception as e:
    print("one element:", type(e).__name__ + ":", str(e).strip())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x32 = x.detach().float().requires_grad_()
    try:
        gradcheck(make_isrlu(True).apply, (x32,))
    except Exception as e:
        print("float32:", type(e).__name__)
print("UserWarning:", str(caught[0].message).split(".")[0])
