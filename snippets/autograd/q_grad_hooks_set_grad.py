# Reading .grad of a non-leaf warns; assigning it does not. What backward
# does with a .grad you assigned to a non-leaf: without retain_grad() it
# leaves it alone; with retain_grad() it adds the new gradient to it.
import warnings

import torch


def read_grad(t):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = t.grad
    said = [f"{w.category.__name__}: {str(w.message)[:40]}..."
            for w in caught]
    return (g.tolist() if g is not None else None), said


x = torch.ones(2, requires_grad=True)
y = x * 2                                    # a non-leaf
print("read y.grad:          ", read_grad(y))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y.grad = torch.full((2,), 10.0)          # the setter: no warning
print("assign y.grad: warnings", len(caught))
print("read it back:         ", read_grad(y))
try:
    y.grad = torch.zeros(3)                  # the setter checks the size
except RuntimeError as e:
    print(f"RuntimeError: {str(e).split('.')[0]}.")

(y * 3).sum().backward()                     # d/dy = 3, d/dx = 6
print("backward, no retain_grad: y.grad", y.grad.tolist(),
      "| x.grad", x.grad.tolist())
assert y.grad.tolist() == [10.0, 10.0]       # left alone

x.grad = None
y = x * 2
y.retain_grad()
y.grad = torch.full((2,), 10.0)
set_before = y.grad
(y * 3).sum().backward(retain_graph=True)
print("backward, retain_grad:    y.grad", y.grad.tolist(),
      "| x.grad", x.grad.tolist())
assert y.grad.tolist() == [13.0, 13.0]       # 10 + 3: added to it
print("  the tensor you assigned is unchanged:", set_before.tolist(),
      "| y.grad is it:", y.grad is set_before)
(y * 3).sum().backward()
print("  a second backward:      y.grad", y.grad.tolist())
