# retain_grad() on one intermediate tensor: only that one keeps its
# gradient; the others are computed on the way and dropped.
import warnings

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)  # a leaf
a = w * 3                                   # intermediate
b = a.pow(2)                                # intermediate
b.retain_grad()  # before backward: keep b's gradient
y = b.sum()
y.backward()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "...not a leaf Tensor..."
    for name, t in [("w", w), ("a", a), ("b", b), ("y", y)]:
        grad = None if t.grad is None else t.grad.tolist()
        print(f"{name}: is_leaf={t.is_leaf!s:<5} retains_grad="
              f"{t.retains_grad!s:<5} grad={grad}")

# Called after backward, retain_grad() is too late for that pass.
a = w * 3
y = a.pow(2).sum()
y.backward(retain_graph=True)
a.retain_grad()
print("retain_grad() after backward:", a.grad)
y.backward()  # a later pass through a does fill it
print("in the next backward:", a.grad.tolist())
