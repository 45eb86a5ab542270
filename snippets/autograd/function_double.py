# Double backward through a custom Function: a backward made of torch ops
# is itself recorded; one marked @once_differentiable is not.
import textwrap

import torch
from torch.autograd import gradgradcheck
from torch.autograd.function import once_differentiable


def make_cube(once):
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
            return grad_y * 3 * x ** 2

    if once:
        Cube.backward = staticmethod(once_differentiable(Cube.backward))
    return Cube


x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
for once in (False, True):
    cube = make_cube(once)
    (g,) = torch.autograd.grad(cube.apply(x).sum(), x, create_graph=True)
    print(f"once_differentiable={once}: g.requires_grad={g.requires_grad}")
    try:
        (g2,) = torch.autograd.grad(g.sum(), x)
        print("  second derivative:", g2)
    except RuntimeError as error:
        print(textwrap.fill(f"  RuntimeError: {error}", 79,
                            subsequent_indent="  "))
    try:
        print("  gradgradcheck:", gradgradcheck(cube.apply, (x,)))
    except RuntimeError as error:
        print(f"  {type(error).__name__}: {str(error).splitlines()[0]}")

# torch.func transforms need the setup_context form
print("torch.func.grad(torch.func.grad(...)) at 2.0:",
      torch.func.grad(torch.func.grad(make_cube(False).apply))(
          torch.tensor(2.0, dtype=torch.float64)))


class OldStyle(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):              # ctx in forward: no setup_context
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x ** 2


try:
    torch.func.grad(OldStyle.apply)(torch.tensor(2.0))
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))
t = torch.tensor(2.0, requires_grad=True)
OldStyle.apply(t).backward()          # plain autograd takes either form
print("OldStyle with backward(): t.grad =", t.grad)
