# The same y = x W^T + b by four routes, on three examples; they must agree.
# --8<-- [start:setup]
import inspect

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
examples = {  # name: (x, W, b)
    "worked example": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([1., 2.])),
    "x (2, 3), W (4, 3)": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([[1., -2., 3.], [0., 4., -1.],
                      [2., 5., -3.], [-4., 6., 7.]]),
        torch.tensor([1., -1., 2., -2.])),
    "random floats, x (4, 32), W (8, 32)": (  # uniform in [0, 1)
        torch.rand(4, 32), torch.rand(8, 32), torch.rand(8)),
}
# --8<-- [end:setup]


# --8<-- [start:loops]
def loops(x, W, b):
    n_samples, n_in = x.shape
    n_out = W.shape[0]
    return torch.tensor([[sum(x[i, k] * W[j, k] for k in range(n_in)) + b[j]
                          for j in range(n_out)]
                         for i in range(n_samples)])
# --8<-- [end:loops]


# --8<-- [start:matmul]
def matmul(x, W, b):
    return x @ W.T + b
# --8<-- [end:matmul]


# --8<-- [start:functional]
def functional(x, W, b):
    return F.linear(x, W, b)
# --8<-- [end:functional]


# --8<-- [start:module]
def module(x, W, b):
    lin = nn.Linear(in_features=W.shape[1], out_features=W.shape[0])
    with torch.no_grad():  # overwrite the random initial values
        lin.weight.copy_(W)
        lin.bias.copy_(b)
    return lin(x)


lin = nn.Linear(in_features=3, out_features=2)
print("lin.weight is a leaf:", lin.weight.is_leaf,
      " requires grad:", lin.weight.requires_grad)
try:  # the same write with recording on
    lin.weight.copy_(torch.ones(2, 3))
except RuntimeError as e:
    print("copy_ without no_grad raises RuntimeError:\n ", e)
source = inspect.getsource(nn.Linear.forward).strip().splitlines()
print("the last line of nn.Linear.forward:", source[-1].strip())
# --8<-- [end:module]


# --8<-- [start:compare]
routes = {"x @ W.T + b": matmul, "F.linear": functional, "nn.Linear": module}
for name, (x, W, b) in examples.items():
    reference = loops(x, W, b)
    print(name)
    if not name.startswith("random"):
        print(f"  {'loops':12} {reference.tolist()}")
    for route, f in routes.items():
        y = f(x, W, b)
        print(f"  {route:12} equal to loops: {torch.equal(y, reference)!s:5}"
              f"  allclose: {torch.allclose(y, reference)}")
x, W, b = examples["random floats, x (4, 32), W (8, 32)"]
print("random floats: F.linear equal to nn.Linear:",
      torch.equal(functional(x, W, b), module(x, W, b)))
print(module(*examples["worked example"]))
# --8<-- [end:compare]
