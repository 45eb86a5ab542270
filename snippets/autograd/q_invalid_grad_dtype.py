# Gradients that are not floating point. A point-cloud pattern: a Function
# returning int32 indices computed from the points (a stand-in for furthest
# point sampling, without mark_non_differentiable), and one gathering points
# by them, whose backward builds its gradient like g, or like the index.
# Then a complex gradient for a real tensor, and a hook changing the dtype.
import torch

torch.manual_seed(0)


class Sample(torch.autograd.Function):        # xyz -> int32 indices
    @staticmethod
    def forward(ctx, xyz, n):
        return xyz.norm(dim=1).argsort()[:n].int()

    @staticmethod
    def backward(ctx, grad_idx):
        return None, None


def make_gather(new_zeros_of):
    class Gather(torch.autograd.Function):
        @staticmethod
        def forward(ctx, xyz, idx):
            ctx.save_for_backward(idx)
            ctx.n = xyz.shape[0]
            return xyz[idx.long()]

        @staticmethod
        def backward(ctx, g):
            idx, = ctx.saved_tensors
            grad = new_zeros_of(g, idx).new_zeros(ctx.n, g.shape[1])
            grad[idx.long()] = g.to(grad.dtype)
            return grad, torch.zeros_like(idx)    # int32, for idx
    return Gather


xyz = torch.randn(6, 3, requires_grad=True)
idx = Sample.apply(xyz, 4)
print("idx:", idx.dtype, "requires_grad", idx.requires_grad,
      "grad_fn", idx.grad_fn)
sums = {}
for label, new_zeros_of in [("g.new_zeros", lambda g, i: g),
                            ("idx.new_zeros", lambda g, i: i)]:
    xyz.grad = None
    picked = make_gather(new_zeros_of).apply(xyz, idx)
    if label == "g.new_zeros":
        edges = picked.grad_fn.next_functions
        print("GatherBackward's edges:",
              [f and type(f).__name__ for f, _ in edges])
    (picked * 0.5).sum().backward()
    sums[label] = xyz.grad.sum().item()
    print(f"grad built with {label}: xyz.grad {xyz.grad.dtype},",
          f"sum {sums[label]}")
assert sums == {"g.new_zeros": 0.5 * 4 * 3, "idx.new_zeros": 0.0}


class ToComplex(torch.autograd.Function):     # a complex gradient for x
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return (g * 2).to(torch.complex64)


x = torch.ones(3, requires_grad=True)
try:
    ToComplex.apply(x).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
y = x * 2
y.register_hook(lambda g: g.long())           # a hook may not change dtype
try:
    y.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
