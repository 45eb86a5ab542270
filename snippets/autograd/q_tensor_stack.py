# torch.tensor([a, b]) copies the values of a and b into a new leaf: the
# graph behind them is not followed. torch.stack keeps it.
import warnings

import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
a, b = w[0] * 5, w[1] ** 2

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copied = torch.tensor([a, b])
print("UserWarning:", str(caught[0].message).splitlines()[0])
print("torch.tensor([a, b]):", copied, "grad_fn:", copied.grad_fn)
try:
    copied.sum().backward()
except RuntimeError as e:
    print("  RuntimeError:", e)

stacked = torch.stack([a, b])  # or torch.cat for pieces with a dimension
print("torch.stack([a, b]): ", stacked)
stacked.sum().backward()
print("  w.grad:", w.grad, "(d(5 w0)/dw0 = 5, d(w1^2)/dw1 = 2 w1 = 6)")
