# A Function that changes its input in place says so with mark_dirty;
# otherwise the changed tensor keeps its old history.
import torch


class Triple_(torch.autograd.Function):
    """x *= 3, in place."""

    @staticmethod
    def forward(x, mark):
        return x.mul_(3)

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, mark = inputs
        if mark:
            ctx.mark_dirty(x)

    @staticmethod
    def backward(ctx, grad):
        return grad * 3, None


a = torch.tensor([1.0, 2.0], requires_grad=True)
for mark in (False, True):
    a.grad = None
    h = a * 2
    Triple_.apply(h, mark)             # h is now 6a
    h.sum().backward()                 # dh/da is 6
    print(f"mark_dirty={mark!s:5}: h.grad_fn {h.grad_fn.name():15} "
          f"a.grad {a.grad.tolist()}")
assert torch.equal(a.grad, torch.tensor([6.0, 6.0]))
