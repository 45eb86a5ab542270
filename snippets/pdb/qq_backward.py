# command: python -m pdb snippets/pdb/qq_backward.py
import threading

import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return 2 * x * grad


x = torch.tensor([1.0, 2.0], requires_grad=True)
Square.apply(x).sum().backward()
print("grad:", x.grad)
x.grad = None
# with accelerators, backward runs on one thread per device; this keeps it on
# the calling thread (on CPU it is there anyway)
with torch.autograd.set_multithreading_enabled(False):
    Square.apply(x).sum().backward()
print("grad:", x.grad)
