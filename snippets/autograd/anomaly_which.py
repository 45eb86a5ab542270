# Whether an in-place change breaks backward depends on what the ops
# between saved: add saves no tensor, sin saves its input, exp its output.
import textwrap

import torch

for name, op in {"add": lambda t: t + 1, "sin": torch.sin,
                 "exp": torch.exp}.items():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    h = x * 1                # a non-leaf copy of x to change in place
    y = op(h)
    h.mul_(10)               # changes the input of op
    try:
        y.sum().backward()
        print(f"{name}: change input after -> fine, x.grad {x.grad}")
    except RuntimeError as error:
        message = str(error).split(" Hint")[0]
        print(textwrap.fill(f"{name}: change input after -> {message}", 79))

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.exp(x)
y.mul_(10)                   # changes exp's saved output
try:
    y.sum().backward()
except RuntimeError as error:
    message = str(error).split(" Hint")[0]
    print(textwrap.fill(f"exp: change output after -> {message}", 79))

y = torch.exp(x) * 10        # the fix: out of place
y.sum().backward()
print("out of place: x.grad", x.grad)
assert torch.allclose(x.grad, 10 * torch.exp(x))

# Two in-place changes raise at once, before any backward: on a leaf that
# requires a gradient, and on one of several views one operation returned.
p, q = (x * 1).unbind()
for name, change in {"leaf x": lambda: x.mul_(2),
                     "p from unbind": lambda: p.mul_(2)}.items():
    try:
        change()
    except RuntimeError as error:
        print(textwrap.fill(f"{name}.mul_(2) -> {error}", 79,
                            break_on_hyphens=False))
