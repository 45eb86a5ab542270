# "the derivative for '...' is not implemented": the operation is
# recorded, but torch has no formula for one of its inputs.
import torch
from torch.special import gammainc

a = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
y = gammainc(a, x)  # the regularized lower incomplete gamma P(a, x)
print("grad_fn:", type(y.grad_fn).__name__)
try:
    y.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

# Fix 1: no gradient needed for a? Detach it; x's formula exists.
gammainc(a.detach(), x).sum().backward()
print("a detached: x.grad =", [round(v, 4) for v in x.grad.tolist()])


# Fix 2: supply the missing derivative with a Function of your own,
# here by central differences in a (x's exact formula kept).
class GammaincA(torch.autograd.Function):
    @staticmethod
    def forward(a, x):
        return gammainc(a, x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, g):
        a, x = ctx.saved_tensors
        h = 1e-6
        da = (gammainc(a + h, x) - gammainc(a - h, x)) / (2 * h)
        dx = torch.exp((a - 1) * torch.log(x) - x - torch.lgamma(a))
        return g * da, g * dx


x.grad = None
GammaincA.apply(a, x).sum().backward()
print("GammaincA: a.grad =", [round(v, 4) for v in a.grad.tolist()],
      " x.grad =", [round(v, 4) for v in x.grad.tolist()])
print("gradcheck:", torch.autograd.gradcheck(GammaincA.apply, (a, x)))
