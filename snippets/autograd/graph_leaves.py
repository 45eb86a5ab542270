# Which tensors are leaves, which require grad, and which get a .grad.
import textwrap
import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)  # made by you
c = torch.tensor([0.5, 0.5])                       # no gradient wanted
h = x * 3                                          # made by an op
k = c * 3                                          # an op on constants
y = (h * h + k).sum()
i = x.argmax()                                     # an integer result
b = x > 1                                          # a boolean result
for name, t in {"x": x, "c": c, "h": h, "k": k, "y": y,
                "x.argmax()": i, "x > 1": b}.items():
    print(f"{name:10} requires_grad={t.requires_grad!s:5} "
          f"is_leaf={t.is_leaf!s:5} "
          f"grad_fn={t.grad_fn and t.grad_fn.name()}")

y.backward()
print("x.grad:", x.grad)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("h.grad:", h.grad)
message = str(caught[0].message)
message = message[:message.index(" (Triggered")]  # drop the C++ path
print(textwrap.fill(f"{caught[0].category.__name__}: {message}", 79))

# The fix: ask for it before backward runs
x.grad = None
h = x * 3
h.retain_grad()
(h * h).sum().backward()
print("h.grad with retain_grad():", h.grad, "retains_grad:", h.retains_grad)
assert torch.equal(h.grad, 2 * h.detach())
