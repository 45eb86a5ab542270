# A custom autograd.Function: forward computes, setup_context saves what
# backward needs, backward returns one gradient per input of forward.
import torch


class ScaledExp(torch.autograd.Function):
    """y = exp(x) * scale, scale a plain Python number."""

    @staticmethod
    def forward(x, scale):
        print("forward: grad mode is", torch.is_grad_enabled())
        return torch.exp(x) * scale

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, scale = inputs
        ctx.save_for_backward(output)      # dy/dx = y: keep the output
        ctx.scale = scale                  # not a tensor: a plain attribute

    @staticmethod
    def backward(ctx, grad_y):
        (y,) = ctx.saved_tensors
        print("backward: needs_input_grad =", ctx.needs_input_grad)
        grad_x = grad_y * y if ctx.needs_input_grad[0] else None
        return grad_x, None                # no gradient for scale


x = torch.tensor([0.0, 1.0], requires_grad=True)
y = ScaledExp.apply(x, 2.0)
print("y.grad_fn:", y.grad_fn.name())
y.sum().backward()
print("x.grad:", x.grad)
assert torch.allclose(x.grad, 2.0 * torch.exp(x))

with torch.no_grad():                      # no graph: backward never runs
    print("under no_grad, grad_fn:", ScaledExp.apply(x, 2.0).grad_fn)
