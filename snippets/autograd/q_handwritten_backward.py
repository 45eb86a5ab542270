# A loop recorded step by step, against a Function whose backward is
# written by hand: the recursion r = logaddexp(r, x[t]) computes
# logsumexp(x), whose gradient is softmax(x), one vectorised operation.
import torch
from torch.utils._python_dispatch import TorchDispatchMode


class CountOps(TorchDispatchMode):          # counts the operations run
    def __init__(self):
        super().__init__()
        self.ops = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops += 1
        return func(*args, **(kwargs or {}))


def recorded(x):                            # autograd records every step
    r = x[0]
    for t in range(1, x.shape[0]):
        r = torch.logaddexp(r, x[t])
    return r


class SoftMaxRecursion(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):                    # the same loop, unrecorded
        r = x[0]
        for t in range(1, x.shape[0]):
            r = torch.logaddexp(r, x[t])
        ctx.save_for_backward(x, r)
        return r

    @staticmethod
    def backward(ctx, grad):                # the derivative, by hand
        x, r = ctx.saved_tensors
        return grad * torch.exp(x - r)      # = grad * softmax(x)


def nodes(fn):                              # nodes reachable from fn
    seen, todo = set(), [fn]
    while todo:
        f = todo.pop()
        if f is not None and f not in seen:
            seen.add(f)
            todo += [g for g, _ in f.next_functions]
    return len(seen)


torch.manual_seed(0)
x = torch.randn(200, requires_grad=True)
grads = []
for label, run in [("recorded loop", recorded),
                   ("Function, backward by hand", SoftMaxRecursion.apply)]:
    saved = []
    with torch.autograd.graph.saved_tensors_hooks(
            lambda t: saved.append(t) or t, lambda t: t):
        r = run(x)
    with CountOps() as count:
        (g,) = torch.autograd.grad(r, x)
    grads.append(g)
    print(f"{label:<27} nodes: {nodes(r.grad_fn):>3}, tensors saved: "
          f"{len(saved):>3}, operations in backward: {count.ops:>4}")
assert torch.allclose(grads[0], grads[1])
assert torch.allclose(grads[1], torch.softmax(x.detach(), 0))
print("same gradient:", torch.allclose(grads[0], grads[1]))
