# Writing into one column of b breaks the backward of an operation that
# saved another column: every view of b shares b's version counter.
import torch
import torch.nn.functional as F

a = torch.tensor([[0.5, 1.0], [-1.0, 2.0]], requires_grad=True)


def filled_in_place(a):
    b = torch.zeros_like(a)
    b[:, 0] = a[:, 0]
    col = b[:, 0]  # a view of b: softplus saves it for its backward
    print("  col version before:", col._version, end="")
    b[:, 1] = F.softplus(col)  # writes b, so col's version goes up too
    print(", after b[:, 1] = ...:", col._version)
    return b


def rounded(t):
    return [[round(v, 4) for v in row] for row in t.tolist()]


print("b filled in place:")
try:
    filled_in_place(a).sum().backward()
except RuntimeError as e:
    print("  RuntimeError:", str(e).split(". Hint")[0])


def built_from_columns(a):
    first = a[:, 0]
    return torch.stack([first, F.softplus(first)], dim=1)


built_from_columns(a).sum().backward()
print("torch.stack instead: a.grad =", rounded(a.grad))

a.grad = None
b = torch.zeros_like(a)  # or: keep the in-place writes, save a clone
b[:, 0] = a[:, 0]
b[:, 1] = F.softplus(b[:, 0].clone())
b.sum().backward()
print("softplus of a clone:  a.grad =", rounded(a.grad))
