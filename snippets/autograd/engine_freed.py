# A backward pass frees what the nodes saved; a second one through the
# same nodes fails.
import textwrap

import torch


def show(error):
    print(textwrap.fill(f"{type(error).__name__}: {error}", 79))


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.sin(x)
print("before backward, _saved_self:", y.grad_fn._saved_self)
y.sum().backward()
try:
    y.grad_fn._saved_self
except RuntimeError as error:
    show(error)
try:
    y.sum().backward()             # the same SinBackward0 node again
except RuntimeError as error:
    show(error)

# Nodes that saved no tensor can run again: AddBackward0, SumBackward0
x.grad = None
z = (x + 1).sum()
z.backward()
z.backward()
print("(x + 1).sum() twice, x.grad:", x.grad)

# create_graph=True makes retain_graph default to True
y = torch.sin(x)
torch.autograd.grad(y.sum(), x, create_graph=True)
print("after create_graph=True, _saved_self:", y.grad_fn._saved_self)

# retain_graph=True keeps the saved tensors for one more pass
x.grad = None
y = torch.sin(x)
y.sum().backward(retain_graph=True)
y.sum().backward()
print("two passes with retain_graph=True, x.grad:", x.grad)
assert torch.allclose(x.grad, 2 * torch.cos(x))

# Two losses on one graph: one backward of their sum, nothing retained
x.grad = None
y = torch.sin(x)
(y.sum() + (y * y).sum()).backward()
both = x.grad.clone()
x.grad = None
y = torch.sin(x)
y.sum().backward(retain_graph=True)   # not the last pass through sin
(y * y).sum().backward()
print("sum of losses:", both, " two passes:", x.grad)
assert torch.allclose(both, x.grad)
