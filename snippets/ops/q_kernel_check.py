# Checking a custom kernel: run it and a reference made of built-in ops on
# the same seeded random inputs, and compare (assert_close for the values,
# gradcheck for the backward); then what opcheck says of the same kernel.
import torch
import torch.nn.functional as F
from torch import Tensor
from torch.autograd.gradcheck import GradcheckError


def reference(x, bias, slope, scale):
    # the same computation with built-in ops
    return F.leaky_relu(x + bias.view(1, -1, 1, 1), slope) * scale


def make_op(name, contiguous, backward_scales):
    """A fused leaky ReLU as a custom op, with two bugs or none: a forward
    that reads x's memory in row-major order whatever x's strides (a kernel
    that indexes memory itself must be handed a contiguous input, or read
    the strides), and a backward that forgets `scale`."""

    @torch.library.custom_op(f"kcheck::{name}", mutates_args=())
    def op(x: Tensor, bias: Tensor, slope: float, scale: float) -> Tensor:
        if contiguous:
            x = x.contiguous()
        row_major = x.new_empty(x.shape).stride()
        y = x.as_strided(x.shape, row_major) + bias.view(1, -1, 1, 1)
        return torch.where(y >= 0, y, y * slope) * scale

    op.register_fake(lambda x, bias, slope, scale: x.new_empty(x.shape))

    def setup_context(ctx, inputs, output):
        x, bias, slope, scale = inputs
        ctx.save_for_backward(x + bias.view(1, -1, 1, 1))
        ctx.slope, ctx.scale = slope, scale

    def backward(ctx, grad):
        y, = ctx.saved_tensors
        g = grad * torch.where(y >= 0, 1.0, ctx.slope)
        if backward_scales:
            g = g * ctx.scale
        return g, g.sum((0, 2, 3)), None, None

    op.register_autograd(backward, setup_context=setup_context)
    return op


def check(op):
    torch.manual_seed(0)
    x, bias = torch.randn(2, 3, 4, 5), torch.randn(3)
    layouts = {"contiguous": x, "transposed": x.transpose(2, 3),
               "channels_last": x.to(memory_format=torch.channels_last)}
    for layout, xi in layouts.items():
        try:
            torch.testing.assert_close(op(xi, bias, 0.2, 2.0),
                                       reference(xi, bias, 0.2, 2.0))
            print(f"  values, {layout}: equal")
        except AssertionError as e:
            first, _, mismatched = str(e).splitlines()[:3]
            print(f"  values, {layout}: {type(e).__name__}: {first}")
            print(f"    {mismatched}")
    # gradients: the backward against finite differences, in float64
    xd = torch.randn(2, 3, 4, 5, dtype=torch.float64, requires_grad=True)
    bd = torch.randn(3, dtype=torch.float64, requires_grad=True)
    try:
        torch.autograd.gradcheck(lambda x, b: op(x, b, 0.2, 2.0), (xd, bd))
        print("  gradients: gradcheck passed")
    except GradcheckError as e:
        first = str(e).splitlines()[0].rstrip(",")
        print(f"  gradients: {type(e).__name__}: {first}")
    passed = {}  # each of opcheck's tests: on how many layouts it passed
    for xi in layouts.values():
        args = (xi.detach().requires_grad_(), bias.requires_grad_(), 0.2, 2.0)
        for test, verdict in torch.library.opcheck(op, args).items():
            passed[test] = passed.get(test, 0) + (verdict == "SUCCESS")
    print("  opcheck, the layouts (of 3) each test passed on:")
    print("    " + ", ".join(f"{test} {n}" for test, n in passed.items()))

print("buggy kernel")
check(make_op("lrelu_buggy", contiguous=False, backward_scales=False))
print("fixed kernel")
check(make_op("lrelu_fixed", contiguous=True, backward_scales=True))
