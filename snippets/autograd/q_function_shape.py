# backward must return one gradient per input of forward, each shaped like
# that input or broadcastable to it (None for an input that needs none).
# scale, a number, sits between x and bias: the index in "invalid gradient
# at index" skips it, and bias, forward's input 2, is index 1.
import torch


def make(backward):
    class AddBias(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, scale, bias):
            return (x + bias) * scale  # bias (3,) broadcast over x (2, 3)
    AddBias.backward = staticmethod(backward)
    return AddBias


cases = {
    "two gradients for three inputs":
        lambda ctx, g: (g * 2.0, None),
    "bias gradient of shape (2, 2)":
        lambda ctx, g: (g * 2.0, None, (g * 2.0)[:, :2]),
    "bias gradient of shape (2, 3), summed":
        lambda ctx, g: (g * 2.0, None, g * 2.0),
    "bias gradient summed by hand":
        lambda ctx, g: (g * 2.0, None, (g * 2.0).sum(dim=0)),
    "an extra None at the end":
        lambda ctx, g: (g * 2.0, None, (g * 2.0).sum(dim=0), None),
    "an extra tensor at the end":
        lambda ctx, g: (g * 2.0, None, (g * 2.0).sum(dim=0), g),
}
for label, backward in cases.items():
    x = torch.ones(2, 3, requires_grad=True)
    bias = torch.zeros(3, requires_grad=True)
    try:
        make(backward).apply(x, 2.0, bias).sum().backward()
        print(f"{label}: bias.grad {bias.grad.tolist()}")
    except RuntimeError as e:
        print(f"{label}:\n  RuntimeError: {e}")


# A list of tensors gets no index either; a tensor that needs no gradient
# keeps its own: bias, forward's input 2, is index 1 again.
class Scaled(torch.autograd.Function):
    @staticmethod
    def forward(ctx, tensors, scale, bias):
        return bias * 2

    @staticmethod
    def backward(ctx, g):
        return None, None, g[:2]


try:
    Scaled.apply([torch.ones(3, requires_grad=True)], torch.ones(3),
                 torch.zeros(3, requires_grad=True)).sum().backward()
except RuntimeError as e:
    print(f"a list, a tensor without grad, bias:\n  RuntimeError: {e}")
