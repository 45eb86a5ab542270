# "A view was created in no_grad mode and is being modified inplace with
# grad mode enabled. This view was created inside a custom Function":
# a Function that returns a view of an input that does not require grad.
import torch
from torch import nn


class Pass(torch.autograd.Function):  # as DataParallel's Scatter does
    @staticmethod
    def forward(ctx, x):
        return x.view_as(x)  # a view of its input, not a copy

    @staticmethod
    def backward(ctx, g):
        return g


torch.manual_seed(0)
fill = nn.Parameter(torch.randn(2, 4))  # like the model's self.limage
mask = (torch.rand(4) > 0.5).float()
inputs = torch.randn(2, 4)  # data: does not require grad

x = Pass.apply(inputs)
print("x: view", x._is_view(), "| requires_grad", x.requires_grad)
try:
    x[0] = x[0] * mask + fill[0] * (1 - mask)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# The same write into the plain tensor, not through the Function: allowed.
x = inputs.clone()
x[0] = x[0] * mask + fill[0] * (1 - mask)
print("without the Function: ok,", x.grad_fn.name())

# Fix 1, what the message says: clone the Function's output.
x = Pass.apply(inputs).clone()
x[0] = x[0] * mask + fill[0] * (1 - mask)
x.sum().backward()
print("clone: fill.grad row 0", fill.grad[0].tolist())

# Fix 2: build the new rows out of place, no write into x at all.
fill.grad = None
x = Pass.apply(inputs)
rows = [x[0] * mask + fill[0] * (1 - mask), x[1]]
y = torch.stack(rows)
y.sum().backward()
print("stack: fill.grad row 0", fill.grad[0].tolist())
print("inputs unchanged:", torch.equal(x, inputs))
