# A custom Function's backward runs only where apply() recorded a node:
# called through apply, on an input that requires grad, with recording on.
import torch


class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad_out):
        print("    Double.backward runs")
        return grad_out * 2


x = torch.ones(2, requires_grad=True)
print("Double.apply(x):")
Double.apply(x).sum().backward()
y = Double.forward(None, x)  # apply bypassed: x * 2 recorded as usual
print("Double.forward(None, x): grad_fn", type(y.grad_fn).__name__)
y.sum().backward()
print("    (no Double.backward)")
print("Double.apply(x) on x without requires_grad: grad_fn",
      Double.apply(torch.ones(2)).grad_fn)
with torch.no_grad():
    print("Double.apply(x) under torch.no_grad(): grad_fn",
          Double.apply(x).grad_fn)
