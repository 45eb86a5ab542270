# torch.autograd.grad returns gradients instead of adding them to .grad;
# with create_graph=True its result is itself differentiable.
import textwrap
import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x)             # 3x^2
print("dy/dx:", g, " requires_grad:", g.requires_grad, " x.grad:", x.grad)
try:
    torch.autograd.grad(g.sum(), x)
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))

y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print("with create_graph=True:", g)
chain, node = [], g.grad_fn     # the recorded backward of x ** 3
while node is not None:            # follow the edges that lead to x
    chain.append(node.name().split("::")[-1])
    node = next((n for n, _ in node.next_functions if n is not None), None)
print("its graph:", " <- ".join(chain))
(g2,) = torch.autograd.grad(g.sum(), x)      # 6x
print("d2y/dx2:", g2)
assert torch.equal(g2, 6 * x.detach())

# backward(create_graph=True) does the same into .grad
y = (x ** 3).sum()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y.backward(create_graph=True)
message = str(caught[0].message)
message = message[:message.index(" (Triggered")]  # drop the C++ path
print(textwrap.fill(f"{caught[0].category.__name__}: {message}", 79))
print("x.grad after backward(create_graph=True):", x.grad)
(g2,) = torch.autograd.grad(x.grad.sum(), x)
print("its derivative:", g2)
x.grad = None  # .grad now refers to x through the graph: release it
