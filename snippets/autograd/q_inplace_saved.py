# Whether an in-place change breaks backward depends on what the operations
# before it saved: each grad_fn lists its saved values as _saved_* names.
import torch


def saved(t):
    return [n[len("_saved_"):] for n in dir(t.grad_fn)
            if n.startswith("_saved_")]


def attempt(label, build):
    x = torch.ones(3, requires_grad=True)
    y = x * 1  # a non-leaf to change in place
    out, change = build(y)
    name, names = type(out.grad_fn).__name__, saved(out)  # before change
    try:
        change()
        out.sum().backward()
        result = "backward ran"
    except RuntimeError as e:
        result = "RuntimeError: ... modified by an inplace operation"
        assert "modified by an inplace operation" in str(e)
    print(f"{label:<26} {name:<16} saves {names!s:<10} {result}")


def case(op, changed):
    def build(y):
        z = op(y)
        target = y if changed == "input" else z
        return z, lambda: target.add_(1)
    return build


attempt("z = y + 1; y.add_(1)", case(lambda y: y + 1, "input"))
attempt("z = y.sin(); y.add_(1)", case(torch.sin, "input"))
attempt("z = y.exp(); y.add_(1)", case(torch.exp, "input"))
attempt("z = y.exp(); z.add_(1)", case(torch.exp, "output"))
attempt("z = y + 1; z.add_(1)", case(lambda y: y + 1, "output"))
attempt("z = y.sigmoid(); z.add_(1)", case(torch.sigmoid, "output"))

# F.linear is recorded as the operations it is made of, here addmm:
# what it saves is what addmm saves (None: not needed for this backward).
w = torch.ones(2, 3, requires_grad=True)
out = torch.nn.functional.linear(torch.ones(4, 3), w, torch.zeros(2))
print("F.linear(x, w, b):", type(out.grad_fn).__name__, "saves",
      {n: type(getattr(out.grad_fn, "_saved_" + n)).__name__
       for n in saved(out) if "_sym_" not in n})
