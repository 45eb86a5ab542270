# Where a Tensor subclass comes back as a plain torch.Tensor: a saved output
# of an autograd.Function, and the argument that vmap or jacrev passes in.
import torch
from torch.func import jacrev, vmap


class Scaled(torch.Tensor):
    def tripled(self):
        return self * 3


class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        out = x * 2  # a Scaled too: operations keep the subclass
        ctx.save_for_backward(x, out)
        print("forward saves: ", type(x).__name__, type(out).__name__)
        return out

    @staticmethod
    def backward(ctx, grad):
        x, out = ctx.saved_tensors
        print("backward gets: ", type(x).__name__, type(out).__name__)
        out = out.as_subclass(Scaled)  # the fix: wrap it again
        assert type(out) is Scaled
        return grad * 2


x = torch.ones(2).as_subclass(Scaled).requires_grad_()
Double.apply(x).sum().backward()


def f(t):
    print("f gets:", type(t).__name__,
          "| batched:", torch._C._functorch.is_batchedtensor(t),
          "| grad-tracking:", torch._C._functorch.is_gradtrackingtensor(t))
    try:
        return t.tripled()
    except AttributeError as e:
        print("  AttributeError:", e)
    return t.as_subclass(Scaled).tripled()  # the fix: wrap it again


batch = torch.ones(2, 3).as_subclass(Scaled)
assert torch.equal(vmap(f)(batch), torch.full((2, 3), 3.0))
assert torch.equal(jacrev(f)(torch.ones(2).as_subclass(Scaled)),
                   3 * torch.eye(2))
