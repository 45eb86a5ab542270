# "+=" on the output of a custom Function: the in-place add is recorded
# after the Function's node, and the Function's backward still runs,
# unless that backward needs the output it saved.
import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # saves its input
        return x * x

    @staticmethod
    def backward(ctx, grad_out):
        print("  Square.backward runs")
        x, = ctx.saved_tensors
        return 2 * x * grad_out


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)  # saves its output
        return result

    @staticmethod
    def backward(ctx, grad_out):
        print("  Exp.backward runs")
        result, = ctx.saved_tensors
        return result * grad_out


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Square.apply(x)
y += 1
print("Square, then y += 1:", type(y.grad_fn).__name__, "->",
      type(y.grad_fn.next_functions[0][0]).__name__)
y.sum().backward()
print("  x.grad:", x.grad.tolist())

y = Exp.apply(x)
y += 1
try:
    y.sum().backward()
except RuntimeError as e:
    print("Exp, then y += 1: RuntimeError:", str(e).split(":")[0])
y = Exp.apply(x) + 1  # out of place: the saved output stays as it was
y.sum().backward()
print("Exp, then y = y + 1: backward ran")
