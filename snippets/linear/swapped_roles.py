# Three candidate formulas for nn.Linear, checked against the module itself,
# on the worked example (x and W hold the same numbers) and on an example
# whose x and W differ in values and in shape.
import torch
from torch import nn

examples = {
    "worked example": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),  # x: (2, 3)
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),  # W: (2, 3), same values
        torch.tensor([1., 2.])),
    "x (2, 3), W (4, 3)": (
        torch.tensor([[1., 2., 3.], [4., 5., 6.]]),  # x: (2, 3)
        torch.tensor([[1., -2., 3.], [0., 4., -1.],  # W: (4, 3), all
                      [2., 5., -3.], [-4., 6., 7.]]),  # values distinct
        torch.tensor([1., -1., 2., -2.])),
}
formulas = {
    "x @ W.T + b": lambda x, W, b: x @ W.T + b,
    "W @ x.T + b": lambda x, W, b: W @ x.T + b,  # x and W swapped
    "x @ x.T + b": lambda x, W, b: x @ x.T + b,  # W never used
}


def check(formula, x, W, b):
    lin = nn.Linear(in_features=W.shape[1], out_features=W.shape[0])
    with torch.no_grad():
        lin.weight.copy_(W)
        lin.bias.copy_(b)
    try:
        return "passes" if torch.equal(formula(x, W, b), lin(x)) else "fails"
    except RuntimeError:
        return "raises RuntimeError"


print(f"{'formula':13} {'worked example':16} x (2, 3), W (4, 3)")
for name, formula in formulas.items():
    results = [check(formula, *example) for example in examples.values()]
    print(f"{name:13} {results[0]:16} {results[1]}")

# Why the wrong ones raise: the product runs, but has the wrong shape, and
# the bias of four entries cannot be added to it.
x, W, b = examples["x (2, 3), W (4, 3)"]
for name in ("W @ x.T + b", "x @ x.T + b"):
    product = formulas[name](x, W, 0)  # the formula without its bias
    try:
        formulas[name](x, W, b)
    except RuntimeError as e:
        print(f"{name}: product {tuple(product.shape)}, + b (4,) raises:\n"
              f"  {e}")
