# Three ways to get a tensor with no history, and what each leaves behind.
import textwrap

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    a = x * 2
with torch.inference_mode():
    b = x * 2
d = x.detach()
for name, t in {"no_grad": a, "inference_mode": b, "detach": d}.items():
    print(f"{name:15} requires_grad={t.requires_grad!s:5} "
          f"grad_fn={t.grad_fn} is_leaf={t.is_leaf} "
          f"is_inference={t.is_inference()}")

# detach() shares memory and the version counter with x
print("same memory:", d.data_ptr() == x.data_ptr())
y = torch.sin(x)   # sin saves x for its backward
d.add_(1.0)        # changes x too, and bumps x._version
print("x:", x, " x._version:", x._version)
try:
    y.sum().backward()
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))

# A tensor made under no_grad can join a graph later; an inference
# tensor cannot be saved by a node that needs it for backward.
print("(a * x).requires_grad:", (a * x).requires_grad)
try:
    (b * x).sum().backward()
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))
print("b.clone() * x works:", (b.clone() * x).requires_grad)
