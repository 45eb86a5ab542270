# A Function whose backward calls backward itself (as reversible blocks
# do): retain_graph on the outer call does not reach the inner one (give
# it to the inner one), and what backward frees from ctx is gone for a
# second backward.
import torch
from torch import nn

torch.manual_seed(0)
block = nn.Linear(2, 2)


class KeepsGraph(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x.detach().requires_grad_()
        with torch.enable_grad():  # a graph kept from forward
            ctx.y = block(ctx.x)
        return ctx.y.detach()

    @staticmethod
    def backward(ctx, grad_out):
        torch.autograd.backward(ctx.y, grad_out)  # frees ctx.y's graph
        return ctx.x.grad


class KeepsGraphRetained(KeepsGraph):
    @staticmethod
    def backward(ctx, grad_out):
        ctx.x.grad = None  # else it returns both passes' sum
        torch.autograd.backward(ctx.y, grad_out, retain_graph=True)
        return ctx.x.grad  # ctx.y's graph stays, with its memory


class Recompute(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x.detach()  # keep the input, not a graph
        return block(x)  # grad mode is off: nothing recorded

    @staticmethod
    def backward(ctx, grad_out):
        x = ctx.x.requires_grad_()
        with torch.enable_grad():  # a new graph, made in this backward
            y = block(x)
        torch.autograd.backward(y, grad_out)
        del ctx.x  # free memory, as a reversible block does
        return x.grad


for Fn in (KeepsGraph, KeepsGraphRetained, Recompute):
    x = torch.randn(3, 2, requires_grad=True)
    out = Fn.apply(x).sum()
    out.backward(retain_graph=True)
    print(f"{Fn.__name__}: first backward ran")
    first = x.grad.clone()
    try:
        out.backward()
        print("  second ran, x.grad doubled:",
              torch.allclose(x.grad, 2 * first))
    except (RuntimeError, AttributeError) as e:
        print(f"  second: {type(e).__name__}: {str(e).split(' (')[0]}")
