# A custom Function whose forward gets contiguous inputs can still receive
# a non-contiguous grad_output: its layout is whatever the backward of the
# op that used the Function's output produced. A backward that calls
# grad_out.view(...) then fails; .reshape(...) or grad_out.contiguous()
# at the top of backward does not.
import torch


class ScaleRows(torch.autograd.Function):
    """A stand-in for a fused kernel: forward and backward flatten the
    leading dimensions to rows of D values, as a C++/CUDA kernel might."""

    @staticmethod
    def forward(ctx, x):
        assert x.is_contiguous()
        return (x.view(-1, x.shape[-1]) * 2).view(x.shape)

    @staticmethod
    def backward(ctx, grad_out):
        seen.append((tuple(grad_out.stride()), grad_out.is_contiguous()))
        rows = grad_out.view(-1, grad_out.shape[-1])   # assumes contiguity
        return (rows * 2).view(grad_out.shape)


torch.manual_seed(0)
B, N, D = 2, 3, 4
w_t = torch.randn(B, D, N)      # weights for a transposed use, and
                                # transposed, for a product with y
w_n = torch.randn(B, D)         # weights for a sum over dim 1
consumers = {
    "y.transpose(1, 2)": lambda y: (y.transpose(1, 2) * w_t).sum(),
    "y.permute(2, 0, 1)": lambda y: (y.permute(2, 0, 1)
                                     * w_t.permute(1, 0, 2)).sum(),
    "y.sum(dim=1)": lambda y: (y.sum(dim=1) * w_n).sum(),
    "y.sum()": lambda y: y.sum(),
    "y[:, :2]": lambda y: (y[:, :2] * 3).sum(),
    "y * 3": lambda y: (y * 3).sum(),
    "y * w_t.transpose(1, 2)": lambda y: (y * w_t.transpose(1, 2)).sum(),
}
print(f"forward input: shape {[B, N, D]}, contiguous, stride {(N * D, D, 1)}")
for name, use in consumers.items():
    seen = []
    x = torch.randn(B, N, D, requires_grad=True)
    try:
        use(ScaleRows.apply(x)).backward()
        result = "view ran"
    except RuntimeError as e:
        result = f"{type(e).__name__}: {e}"
    stride, contig = seen[0]
    print(f"{name:24} grad_out stride {stride}, contiguous {contig}")
    print(f"{'':24} -> {result}")


class ScaleRowsFixed(ScaleRows):
    @staticmethod
    def backward(ctx, grad_out):
        g = grad_out.contiguous()       # a copy only if not contiguous
        copies.append(g.data_ptr() != grad_out.data_ptr())
        rows = g.view(-1, g.shape[-1])
        return (rows * 2).view(g.shape)


class ScaleRowsReshape(ScaleRows):
    @staticmethod
    def backward(ctx, grad_out):
        rows = grad_out.reshape(-1, grad_out.shape[-1])  # copies if needed
        return (rows * 2).view(grad_out.shape)


print("with grad_out.contiguous() at the top of backward:")
for name, use in consumers.items():
    copies = []
    x = torch.randn(B, N, D, requires_grad=True)
    use(ScaleRowsFixed.apply(x)).backward()
    x2 = x.detach().requires_grad_()
    use(x2 * 2).backward()              # the same gradient, no Function
    assert torch.equal(x.grad, x2.grad)
    print(f"{name:24} backward ran, copied grad_out: {copies[0]}")

for name, use in consumers.items():
    x = torch.randn(B, N, D, requires_grad=True)
    use(ScaleRowsReshape.apply(x)).backward()
    x2 = x.detach().requires_grad_()
    use(x2 * 2).backward()
    assert torch.equal(x.grad, x2.grad)
print("with grad_out.reshape(-1, D) in backward: all", len(consumers),
      "consumers ran, gradients equal to those of x * 2")
