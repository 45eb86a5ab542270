# torch.autograd.functional.hessian of a network's loss with respect to
# its weights: it differentiates a *function* of the tensors you pass,
# so the function must compute the loss from those tensors.
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.functional import hessian
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.Tanh(), nn.Flatten(),
                      nn.Linear(8, 1))
x, y = torch.randn(4, 1, 4, 4), torch.randn(4, 1)
params = tuple(model.parameters())
loss = F.mse_loss(model(x), y)

try:  # a loss tensor is not a function
    hessian(loss, params)
except TypeError as e:
    print("hessian(loss, params):  TypeError:", e)


def ignores_inputs(*ps):  # uses model's own weights, not ps
    return F.mse_loss(model(x), y)


try:
    hessian(ignores_inputs, params, strict=True)
except RuntimeError as e:
    print("strict=True:            RuntimeError:", str(e).split(". ")[0])
h = hessian(ignores_inputs, params)
print("not strict:             all zeros:",
      all(not b.any() for row in h for b in row))

# Fix: run the model with the tensors hessian passes in.
names = [n for n, _ in model.named_parameters()]


def loss_of(*ps):
    return F.mse_loss(functional_call(model, dict(zip(names, ps)), (x,)), y)


h = hessian(loss_of, params)
print(f"functional_call:        {len(h)} x {len(h[0])} blocks;",
      "conv.weight block shape:", tuple(h[0][0].shape))
print("d2L/d(fc.bias)2 =", round(h[3][3].item(), 4),
      "= 2 (mse over 4 rows of 1):", round(h[3][3].item(), 4) == 2.0)
