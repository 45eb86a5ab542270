# Inside a custom Function's forward nothing is recorded; apply() records
# the whole call as one node, whose backward is yours.
import textwrap

import torch


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("forward: grad mode", torch.is_grad_enabled(),
              "| x.requires_grad", x.requires_grad)
        y = x * 3
        print("  x * 3 inside forward: grad_fn", y.grad_fn)
        return y

    @staticmethod
    def backward(ctx, grad_out):
        print("backward: grad_out.stride()", grad_out.stride())
        return grad_out * 3  # a new tensor; grad_out stays as it was


x = torch.ones(3, requires_grad=True)
y = Scale.apply(x)
print("after apply: grad_fn", type(y.grad_fn).__name__)
y.sum().backward()
print("x.grad", x.grad.tolist())


class ScaleInPlace(Scale):
    @staticmethod
    def backward(ctx, grad_out):
        grad_out.data.mul_(3)  # .data does not help
        return grad_out


try:
    ScaleInPlace.apply(torch.ones(3, requires_grad=True)).sum().backward()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79))
