# Second derivatives of f(x) = sum(x^4): f' = 4 x^3, f'' = 12 x^2, so at
# x = [1, 2]: f' = [4, 32], f'' = [12, 48].
import warnings

import torch

warnings.filterwarnings("ignore", "Using backward.. with create_graph=True")


def fresh():
    return torch.tensor([1.0, 2.0], requires_grad=True)


x = fresh()
(x ** 4).sum().backward(create_graph=True)
dx = x.grad  # part of the graph now: it has a grad_fn
print("1. x.grad after backward(create_graph=True):", dx)
dx.sum().backward()  # adds f'' into x.grad, on top of f'
print("   x.grad after dx.sum().backward():", x.grad.tolist(),
      "= f' + f''")

x = fresh()
(x ** 4).sum().backward(create_graph=True)
dx = x.grad
x.grad.data.zero_()  # zeroes dx too: they are one tensor
dx.sum().backward()
print("2. after x.grad.data.zero_(): x.grad is dx:", x.grad is dx,
      "| dx now", dx.tolist())

x = fresh()
first, = torch.autograd.grad((x ** 4).sum(), x, create_graph=True)
second, = torch.autograd.grad(first.sum(), x)
print("3. autograd.grad: f' =", first.tolist(), " f'' =", second.tolist(),
      " x.grad:", x.grad)
