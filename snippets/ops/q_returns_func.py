# The documented numpy_mul custom op under torch.func transforms: the
# autograd.Function that register_autograd generates, and a fix.
import torch
from torch import Tensor


@torch.library.custom_op("qret::numpy_mul", mutates_args=())
def numpy_mul(x: Tensor, y: float) -> Tensor:
    return torch.from_numpy(x.numpy(force=True) * y).to(x.device)


@numpy_mul.register_fake
def _(x, y):
    return torch.empty_like(x)


def setup_context(ctx, inputs, output):
    print("  setup_context runs")
    ctx.y = inputs[1]


def backward(ctx, grad):
    return grad * ctx.y, None


numpy_mul.register_autograd(backward, setup_context=setup_context)

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print("torch.autograd.grad:")
print(" ", torch.autograd.grad(numpy_mul(x, 2.0).sum(), x))
for name, run in [
        ("grad", lambda: torch.func.grad(
            lambda x: numpy_mul(x, 2.0).sum())(x)),
        ("vjp", lambda: torch.func.vjp(
            lambda x: numpy_mul(x, 2.0), x)[1](torch.ones(3)))]:
    try:
        print(f"torch.func.{name}:", run())
    except RuntimeError as e:
        print(f"torch.func.{name}: {type(e).__name__}: {e}")

# The Function that the operator's autograd kernel applies, in grad_fn
print("an eager call, to read its grad_fn:")
Generated = numpy_mul(x, 2.0).grad_fn._forward_cls
print(Generated.__name__, "defines:",
      sorted(k for k in vars(Generated) if not k.startswith("_")))


# The fix: a Function with its own setup_context, around the operator
class NumpyMul(torch.autograd.Function):
    @staticmethod
    def forward(x, y):
        return numpy_mul(x, y)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.y = inputs[1]

    @staticmethod
    def backward(ctx, grad):
        return grad * ctx.y, None


g = torch.func.grad(lambda x: NumpyMul.apply(x, 2.0).sum())(x)
(v,) = torch.func.vjp(lambda x: NumpyMul.apply(x, 2.0), x)[1](torch.ones(3))
print("NumpyMul, torch.func.grad:", g, "vjp:", v)
