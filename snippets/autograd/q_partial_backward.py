# A backward asked for only some inputs (autograd.grad(out, [a]),
# backward(inputs=[a])): built-in ops skip the gradients nobody asked
# for, a custom Function's ctx.needs_input_grad does not know about it.
import torch
from torch.utils._python_dispatch import TorchDispatchMode


class CountMatmuls(TorchDispatchMode):      # counts the products run
    def __init__(self):
        super().__init__()
        self.mm = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.mm += func is torch.ops.aten.mm.default
        return func(*args, **(kwargs or {}))


class MatMul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a @ b

    @staticmethod
    def backward(ctx, grad):
        a, b = ctx.saved_tensors
        print("    ctx.needs_input_grad:", ctx.needs_input_grad)
        grad_a = grad @ b.T if ctx.needs_input_grad[0] else None
        grad_b = a.T @ grad if ctx.needs_input_grad[1] else None
        return grad_a, grad_b


torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(4, 5, requires_grad=True)
for label, forward in [("a @ b (built-in)", lambda: a @ b),
                       ("MatMul.apply(a, b)", lambda: MatMul.apply(a, b)),
                       ("MatMul.apply(a, b.detach())",
                        lambda: MatMul.apply(a, b.detach()))]:
    print(f"{label}, gradient asked for a only:")
    out = forward().sum()
    with CountMatmuls() as count:
        (grad_a,) = torch.autograd.grad(out, [a])
    print(f"    matrix products in backward: {count.mm}")
    assert torch.allclose(grad_a, torch.ones(3, 5) @ b.detach().T)
    assert b.grad is None                   # b's gradient was not kept
