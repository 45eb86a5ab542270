# A tensor made with requires_grad=True and then .view()-ed is the view, a
# non-leaf: the gradient goes to the tensor before the view, unnamed here.
import warnings

import torch

x = torch.ones(6, requires_grad=True).view(2, 3)
print("x.is_leaf:", x.is_leaf, " x.grad_fn:", type(x.grad_fn).__name__)
(x * 2).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("x.grad:", x.grad)
print("UserWarning:", str(caught[0].message).split(". ")[0])

# Fix 1: make the tensor in its final shape, then ask for gradients.
x = torch.ones(6).view(2, 3).requires_grad_()
(x * 2).sum().backward()
print("view, then requires_grad_():", x.is_leaf, x.grad.tolist())

# Fix 2: keep the leaf under its own name and read its .grad.
leaf = torch.ones(6, requires_grad=True)
x = leaf.view(2, 3)
(x * 2).sum().backward()
print("the leaf's grad:", leaf.grad.tolist())

# Fix 3: ask autograd to keep the gradient of the non-leaf too.
x.retain_grad()
(x * 2).sum().backward()
print("x.retain_grad(), then x.grad:", x.grad.tolist())

# Any operation after requires_grad=True makes a non-leaf; .to() returns
# the leaf itself when it has nothing to change.
def leaf():
    return torch.randn(3, requires_grad=True)


cases = {
    ".double()": leaf().double(),
    ".to('cpu') of a CPU tensor": leaf().to("cpu"),
    ".to('meta') of a CPU tensor": leaf().to("meta"),
    "made with dtype=torch.float64":
        torch.randn(3, dtype=torch.float64, requires_grad=True),
}
for label, t in cases.items():
    print(f"{label}: is_leaf {t.is_leaf}, grad_fn",
          type(t.grad_fn).__name__ if t.grad_fn else None)
