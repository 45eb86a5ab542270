# Two custom Functions that fail: one without backward, one in the legacy
# style, with methods that are not static and called on an instance (which
# fails for any Function); then the fix.
import warnings

import torch


class NoBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2


class OldStyle(torch.autograd.Function):  # legacy: methods not static
    def forward(self, x):
        self.save_for_backward(x)
        return x * 2

    def backward(self, grad_out):
        x, = self.saved_tensors
        return grad_out * 2


class NewStyle(torch.autograd.Function):  # the fix for both
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_out):
        x, = ctx.saved_tensors
        return 2 * x * grad_out


x = torch.ones(2, requires_grad=True)
try:
    NoBackward.apply(x).sum().backward()
except NotImplementedError as e:
    print("no backward: NotImplementedError:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        OldStyle()(x)
    except RuntimeError as e:
        print("old style, OldStyle()(x): RuntimeError:", str(e).split(" (")[0])
    try:
        NewStyle()(x)  # an instance is refused whatever its methods
    except RuntimeError as e:
        print("NewStyle()(x): RuntimeError:", str(e).split(". ")[0])
print("  DeprecationWarning: ...", str(caught[0].message).split(". ")[1])
NewStyle.apply(x).sum().backward()  # through the class, not an instance
print("NewStyle.apply(x): x.grad", x.grad.tolist())
