# How many times can a custom Function be differentiated? As many as
# its backward chain allows: a backward that is a Function of its own,
# whose backward is a kernel autograd cannot see, stops at order two.
import torch
from torch.autograd.function import once_differentiable


class Cube(torch.autograd.Function):  # forward "kernel": x**3
    @staticmethod
    def forward(ctx, x, grad_fn_cls):
        ctx.save_for_backward(x)
        ctx.grad_fn_cls = grad_fn_cls
        return x ** 3

    @staticmethod
    def backward(ctx, g):  # the backward "kernel", as a Function
        (x,) = ctx.saved_tensors
        return ctx.grad_fn_cls.apply(x, g), None


class CubeGrad(torch.autograd.Function):  # (x, g) -> 3 x**2 g
    @staticmethod
    def forward(ctx, x, g):
        ctx.save_for_backward(x, g)
        return 3 * x ** 2 * g

    @staticmethod
    @once_differentiable  # a double-backward kernel: not recorded
    def backward(ctx, gg):
        x, g = ctx.saved_tensors
        return 6 * x * g * gg, 3 * x ** 2 * gg


class CubeGradRecorded(CubeGrad):  # the same formulas as torch ops
    @staticmethod
    def backward(ctx, gg):
        x, g = ctx.saved_tensors
        return 6 * x * g * gg, 3 * x ** 2 * gg


def derivatives(grad_fn_cls, order=3):
    x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
    d, out = Cube.apply(x, grad_fn_cls), []
    for _ in range(order):
        try:
            (d,) = torch.autograd.grad(d, x, create_graph=True)
        except RuntimeError as e:
            out.append(f"RuntimeError: {e}")
            break
        out.append(d.item())
    return out


print("double-backward kernel:  ", derivatives(CubeGrad))
print("double backward recorded:", derivatives(CubeGradRecorded))
x = torch.tensor([0.5, 2.0], dtype=torch.float64, requires_grad=True)
for cls in (CubeGrad, CubeGradRecorded):
    ok = torch.autograd.gradgradcheck(lambda t: Cube.apply(t, cls), (x,))

    def first(t):  # gradgradcheck of the first derivative: order three
        y = Cube.apply(t, cls).sum()
        return torch.autograd.grad(y, t, create_graph=True)[0]

    try:
        ok3 = torch.autograd.gradgradcheck(first, (x,))
    except RuntimeError as e:
        ok3 = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    print(f"{cls.__name__}: gradgradcheck {ok}, on the first derivative "
          f"{ok3}")
