# What ctx.save_for_backward takes: tensors (or None) only; other
# values go on ctx as attributes. What it saved is read once per
# backward, from ctx.saved_tensors.
import torch


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x, k)  # k is a Python number: refused
        return x * k

    @staticmethod
    def backward(ctx, g):
        x, k = ctx.saved_tensors
        return g * k, None


x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    Scale.apply(x, 3.0)
except TypeError as e:
    print("TypeError:", e)


class ScaleFixed(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        h = torch.exp(x)  # an intermediate result, also a tensor
        ctx.save_for_backward(x, h)  # tensors, inputs or not
        ctx.k = k  # anything else: a plain attribute
        return h * k

    @staticmethod
    def backward(ctx, g):
        x, h = ctx.saved_tensors
        return g * h * ctx.k, None


y = ScaleFixed.apply(x, 3.0)
y.sum().backward()
assert torch.allclose(x.grad, 3 * torch.exp(x.detach()))
print("x.grad:", [round(v, 4) for v in x.grad.tolist()],
      "= 3 exp(x)")
