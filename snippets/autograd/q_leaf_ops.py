# In-place changes to a leaf that requires grad: which ones autograd
# refuses, which ones slip past it, and what each leaves c as.
import torch


def attempt(label, change):
    c = torch.ones(2, 3, requires_grad=True)
    try:
        change(c)
        print(f"{label:<22} ran: is_leaf={c.is_leaf}, version {c._version},"
              f" c[0, 0]={c[0, 0].item()}")
    except RuntimeError as e:
        print(f"{label:<22} RuntimeError: {str(e).split(' Grad will')[0]}")


def add_assign(c):
    c += 1


def slice_add_assign(c):
    c[:] += 1


def detached_add_assign(c):
    d = c.detach()  # same memory, outside the graph
    d += 1


def data_add_assign(c):
    c.data += 1  # the old way: also outside the graph


def under_no_grad(c):
    with torch.no_grad():
        c += 1


attempt("c += 1", add_assign)
attempt("c.add_(1)", lambda c: c.add_(1))
attempt("torch.add(c, 1, out=c)", lambda c: torch.add(c, 1, out=c))
attempt("c.index_copy_(...)",
        lambda c: c.index_copy_(1, torch.tensor([2]), torch.zeros(2, 1)))
attempt("c[:] += 1", slice_add_assign)
attempt("c.detach() += 1", detached_add_assign)
attempt("c.data += 1", data_add_assign)
attempt("c += 1 under no_grad", under_no_grad)

# A tensor that does not require grad, written in place with a value that
# does, joins the graph: it is no longer a leaf.
w = torch.ones(3, requires_grad=True)
buf = torch.zeros(3)
buf[0] = w[0] * 2
print("buf[0] = w[0] * 2:", "is_leaf", buf.is_leaf,
      " grad_fn", type(buf.grad_fn).__name__)
