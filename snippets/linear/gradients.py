# The three gradients of y = x W^T + b, by hand and by autograd.
# --8<-- [start:setup]
import torch
from torch import nn

torch.manual_seed(0)
examples = {  # name: (x, W, b, g), g = dL/dy, any upstream gradient
    "worked example": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([1., 2.]),
        torch.tensor([[1., 0.], [2., 1.]])),
    "x (2, 3), W (4, 3)": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),
        torch.tensor([[1., -2., 3.], [0., 4., -1.],
                      [2., 5., -3.], [-4., 6., 7.]]),
        torch.tensor([1., -1., 2., -2.]),
        torch.tensor([[1., 0., 2., -1.], [3., 1., 0., 2.]])),
    "random floats": (  # x (4, 32), W (8, 32), uniform in [0, 1)
        torch.rand(4, 32), torch.rand(8, 32), torch.rand(8),
        torch.rand(4, 8)),
}
# --8<-- [end:setup]


# --8<-- [start:autograd]
def from_autograd(x, W, b, g):
    lin = nn.Linear(in_features=W.shape[1], out_features=W.shape[0])
    with torch.no_grad():
        lin.weight.copy_(W)
        lin.bias.copy_(b)
    x = x.clone().requires_grad_()
    lin(x).backward(g)  # the same as L = (lin(x) * g).sum(); L.backward()
    return {"dL/dW": lin.weight.grad, "dL/db": lin.bias.grad,
            "dL/dx": x.grad}
# --8<-- [end:autograd]


# --8<-- [start:by_hand]
formulas = {  # label: (which gradient, formula)
    "dL/dW = g^T x": ("dL/dW", lambda x, W, g: g.T @ x),
    "dL/db = sum of g": ("dL/db", lambda x, W, g: g.sum(dim=0)),
    "dL/dx = g W": ("dL/dx", lambda x, W, g: g @ W),
    "dL/dW = g^T W (swapped)": ("dL/dW", lambda x, W, g: g.T @ W),
    "dL/dx = g x (swapped)": ("dL/dx", lambda x, W, g: g @ x),
}


def agrees(formula, x, W, g, expected):
    try:
        mine = formula(x, W, g)
    except RuntimeError:  # the shapes do not even fit
        return "raises"
    return str(mine.shape == expected.shape
               and torch.allclose(mine, expected))


autograd = {name: from_autograd(*example)
            for name, example in examples.items()}
for name, grad in autograd["worked example"].items():
    print(f"worked example, {name}: {grad.tolist()}")
print(" " * 24 + "  ".join(examples))
for label, (name, formula) in formulas.items():
    cells = [agrees(formula, x, W, g, autograd[example][name])
             for example, (x, W, b, g) in examples.items()]
    row = "  ".join(c.ljust(len(e)) for c, e in zip(cells, examples))
    print(f"{label:24}{row}".rstrip())
# --8<-- [end:by_hand]
