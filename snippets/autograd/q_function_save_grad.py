# Keeping the grad_output a custom Function's backward receives, for
# use after the backward pass.
import torch

seen = []  # way 1: a list (or module attribute) that outlives the pass


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_out):
        seen.append(grad_out.detach().clone())
        ctx.grad_out = grad_out.detach()  # way 2: on ctx, = y.grad_fn
        (x,) = ctx.saved_tensors
        return grad_out * 2 * x


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = Square.apply(x)
y.retain_grad()  # way 3: y.grad is the gradient that reached y
hooked = []
y.register_hook(lambda g: hooked.append(g.detach()))  # way 4: a hook
(y * torch.tensor([10.0, 20.0, 30.0])).sum().backward()
print("1 appended in backward:", seen[0].tolist())
print("2 y.grad_fn.grad_out:  ", y.grad_fn.grad_out.tolist())
print("3 y.grad (retain_grad):", y.grad.tolist())
print("4 tensor hook on y:    ", hooked[0].tolist())
print("x.grad:                ", x.grad.tolist())
try:
    y.grad_fn.saved_tensors  # what save_for_backward kept is freed
except RuntimeError as e:
    print("RuntimeError:", str(e).split(". ")[0])
