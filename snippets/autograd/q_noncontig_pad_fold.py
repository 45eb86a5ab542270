# pytorch/pytorch#32705: backward through F.pad, view, permute and F.fold
# failed with "view size is not compatible". The thread's reproduction,
# with torch.sparse_coo_tensor for the legacy torch.sparse.FloatTensor;
# then where a non-contiguous gradient comes from (permute's backward),
# and what a consumer that cannot take one can do.
import torch
import torch.nn.functional as F

inv = torch.zeros((3, 8), dtype=torch.float).requires_grad_()
indices = torch.zeros((2, 3), dtype=torch.long)
comb = torch.sparse_coo_tensor(indices, inv, (4, 4, 8),
                               check_invariants=True).to_dense()
big = F.pad(comb, (0, 0, 1, 1, 1, 1))
flat = big.view(-1, 8)
shaped = flat.permute(1, 0).unsqueeze(0)
res = F.fold(shaped, output_size=(5, 5), kernel_size=(2, 2), padding=(1, 1))
arrived = {}
flat.register_hook(lambda g: arrived.update(flat=g))
big.register_hook(lambda g: arrived.update(big=g))
res.sum().backward()
print("thread's reproduction: backward ran, inv.grad", list(inv.grad.shape))
for name in ("flat", "big"):
    g = arrived[name]
    print(f"gradient arriving at {name:4}: shape {list(g.shape)}, "
          f"stride {g.stride()}, contiguous {g.is_contiguous()}")
print("view's node:", type(flat.grad_fn).__name__,
      "| permute's node:", type(shaped.grad_fn.next_functions[0][0]).__name__)


class Flat(torch.autograd.Function):
    """A consumer whose backward assumes a contiguous gradient."""

    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return g.view(-1).view(g.shape)


torch.manual_seed(0)
w = torch.randn(8, 6)


def run(between):
    x = torch.randn(6, 8, requires_grad=True)
    y = between(Flat.apply(x))
    try:
        (y.permute(1, 0) * w).sum().backward()
        return "backward ran"
    except RuntimeError as e:
        return f"{type(e).__name__}: {e}"


print("Flat -> permute:", run(lambda t: t))
a = torch.randn(6, 8)
print("a.contiguous() is a:", a.contiguous() is a)
print("Flat -> .contiguous() -> permute:", run(lambda t: t.contiguous()))
x = torch.randn(8, 6, requires_grad=True)
t = x.t()                                # non-contiguous
c = t.contiguous()                       # a copy, recorded as a clone
grads = {}
c.register_hook(lambda g: grads.update(c=g.stride()))
t.register_hook(lambda g: grads.update(t=g.stride()))
(c.permute(1, 0) * w).sum().backward()
print(f"t.contiguous() records {type(c.grad_fn).__name__}; gradient stride"
      f" at its output {grads['c']}, passed to t as {grads['t']}")


def contiguous_grad(t):
    t.register_hook(lambda g: g.contiguous())
    return t


print("Flat -> hook g.contiguous() -> permute:", run(contiguous_grad))
