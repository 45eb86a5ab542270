# In-place changes to views that autograd refuses: outputs of unbind,
# chunk or split (functions that return several views), and a view made
# under no_grad changed with recording on. Then the ways that work.
import torch

torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)


def attempt(name, fn):
    try:
        fn(x * 2)  # a fresh non-leaf each time
        print(f"{name}: ran")
    except RuntimeError as e:
        print(f"{name}:\n  RuntimeError: {'. '.join(str(e).split('. ')[:2])}")


def unbind_add(y):
    q, k = y.unbind(0)
    q += 1


def chunk_mul(y):
    a, b = y.chunk(2, dim=0)
    a.mul_(2)


def denormalize(y):  # iterating over a tensor unbinds it
    for channel, mean, std in zip(y, [0.5, 0.4], [0.2, 0.3]):
        channel.mul_(std).add_(mean)


def base_changed(y):
    q, k = y.unbind(0)
    y.add_(1)  # the base changes; q is used afterwards
    q * 2


def nograd_view(y):
    with torch.no_grad():
        v = y[0]
    v += 1


attempt("q += 1 on an output of unbind", unbind_add)
attempt("a.mul_(2) on an output of chunk", chunk_mul)
attempt("channel.mul_(std) in a for loop over y", denormalize)
attempt("y.add_(1), then q used, q from y.unbind", base_changed)
attempt("v += 1 on a view made under no_grad", nograd_view)


# The fixes: out of place, a clone, or an index of the tensor itself.
def fixed(y):
    y.add_(1)  # a change to the base, made before the views are taken
    q, k = y.unbind(0)
    q = q + 1  # a new tensor: nothing is changed in place
    a, b = y.chunk(2, dim=0)
    a = a.clone().mul_(2)  # the clone is not a view
    y[0] += 1  # y[0] is one view of y: allowed, recorded as CopySlices
    return q.sum() + a.sum() + y.sum()


fixed(x * 2).backward()
print("fixed: x.grad =", x.grad)
assert torch.equal(x.grad, torch.tensor([[8.0] * 3, [2.0] * 3]))
