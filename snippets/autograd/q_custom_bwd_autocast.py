# A layer that uses its custom Function only for some inputs, the way
# flash-attention's fused_dense_func does (half precision, or float32
# with autocast on; F.linear otherwise), with custom_fwd/custom_bwd.
import torch
import torch.nn.functional as F


class LinearFunc(torch.autograd.Function):
    @staticmethod
    @torch.amp.custom_fwd(device_type="cpu")
    def forward(ctx, x, weight):
        ctx.save_for_backward(x, weight)
        return x @ weight.T

    @staticmethod
    @torch.amp.custom_bwd(device_type="cpu")
    def backward(ctx, grad):
        x, weight = ctx.saved_tensors
        print("    LinearFunc.backward runs, autocast on inside:",
              torch.is_autocast_enabled("cpu"))
        return grad @ weight.to(grad.dtype), grad.T @ x.to(grad.dtype)


def linear(x, weight):                      # the layer's forward
    eligible = x.dtype in (torch.float16, torch.bfloat16) or (
        x.dtype == torch.float32 and torch.is_autocast_enabled("cpu"))
    if eligible:
        return LinearFunc.apply(x, weight)
    return F.linear(x, weight)              # the custom backward is out


torch.manual_seed(0)
x = torch.randn(4, 3)
weight = torch.randn(2, 3, requires_grad=True)
for autocast_on in (False, True):
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast_on):
        out = linear(x, weight)
    print(f"autocast {autocast_on}: output's grad_fn is "
          f"{type(out.grad_fn).__name__}")
    out.float().sum().backward()            # outside the autocast block

# flash-attention tests torch.is_autocast_enabled() with no argument: CUDA's
with torch.autocast("cpu", dtype=torch.bfloat16):
    print("under CPU autocast, torch.is_autocast_enabled():",
          torch.is_autocast_enabled())
