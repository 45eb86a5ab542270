# A view of an unbind() output (narrow, view, a masked write through a
# view) inherits the ban on in-place changes; out-of-place forms work.
import torch

root = torch.arange(9.0).reshape(3, 3).requires_grad_()
eps = 1.5


def attempt(label, fn):
    x = root.clone()
    rows = x.unbind()
    try:
        fn(rows)
        print(f"{label}: ok")
    except RuntimeError as e:
        first_two = ". ".join(str(e).split(". ")[:2])
        print(f"{label}:\n  {type(e).__name__}: {first_two}")


attempt("rows[0].mul_(2)", lambda r: r[0].mul_(2))
attempt("rows[0].narrow(0, 0, 2).mul_(2)",
        lambda r: r[0].narrow(0, 0, 2).mul_(2))


def masked(r):
    t = r[0].view(-1)
    t[t.abs() < eps] = eps


attempt("t = rows[0].view(-1); t[t.abs() < eps] = eps", masked)

# Out of place: each gives a new tensor and the same values.
t = root.clone().unbind()[0].view(-1)
a = torch.where(t.abs() < eps, eps, t)
small = (t.detach().abs() < eps).float()  # the thread's rewrite
b = t * (1 - small) + small * eps
print("where:", a.tolist(), "| mask arithmetic:", b.tolist())
assert torch.equal(a, b)
# For values that are never negative, clamp(min=eps) is the same.
assert torch.equal(t.clamp(min=eps), a)
a.sum().backward()
print("root.grad row 0:", root.grad[0].tolist())

# Or clone first: the clone is not a view, so writing into it is allowed.
c = root.clone().unbind()[0].clone()
c[c.abs() < eps] = eps
print("clone, then masked write:", c.tolist(), c.grad_fn.name())
