# A forward that is only an approximation (here of the normal CDF),
# with the exact derivative (the normal PDF) as its gradient.
import math

import torch
from torch.autograd.gradcheck import GradcheckError


def cdf_approx(x):  # a logistic approximation of the normal CDF
    return torch.sigmoid(1.702 * x)


def pdf(x):
    return torch.exp(-x * x / 2) / math.sqrt(2 * math.pi)


class NormalCDF(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return cdf_approx(x)  # any approximation, even non-torch code

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * pdf(x)  # the exact derivative


x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64,
                 requires_grad=True)
(g_auto,) = torch.autograd.grad(cdf_approx(x).sum(), x)
(g_fn,) = torch.autograd.grad(NormalCDF.apply(x).sum(), x)
print("autograd of the approximation:",
      [round(v, 4) for v in g_auto.tolist()])
print("NormalCDF's backward:         ", [round(v, 4) for v in g_fn.tolist()])
print("normal PDF:                   ",
      [round(v, 4) for v in pdf(x).detach().tolist()])

# The same with no Function: forward value of one, gradient of the other
# (needs an expression whose autograd gradient is the one you want).
exact = torch.special.ndtr(x)  # torch's own CDF, differentiable
y = cdf_approx(x).detach() + (exact - exact.detach())
(g_mix,) = torch.autograd.grad(y.sum(), x)
print("detach trick, values:", [round(v, 4) for v in y.tolist()],
      "grad:", [round(v, 4) for v in g_mix.tolist()])

# gradcheck compares backward with finite differences of forward: it
# fails here, by design, since the two are not each other's derivative.
try:
    torch.autograd.gradcheck(NormalCDF.apply, (x,))
except GradcheckError as e:
    print("gradcheck: GradcheckError:", str(e).splitlines()[0])
