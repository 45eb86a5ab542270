# torch.optim.LBFGS flattens each .grad with p.grad.view(-1). AccumulateGrad
# stores a parameter's first gradient with the parameter's own strides
# (the gradient layout contract), so .grad is contiguous for a contiguous
# parameter, however sliced the model's output was; it is not for a
# dense non-contiguous (transposed) parameter, or a .grad assigned by hand.
import traceback

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 5))
x = torch.rand(8, 1, requires_grad=True)
y = torch.rand(8, 1, requires_grad=True)


def pinn_loss():                       # a small stand-in for a PINN
    out = model(torch.cat([x, y], dim=1))
    psi, p = out[:, 0:1], out[:, 1:2]  # sliced outputs
    u = torch.autograd.grad(psi.sum(), y, create_graph=True)[0]
    return (u ** 2).mean() + (p ** 2).mean()


opt = torch.optim.LBFGS(model.parameters(), max_iter=3)


def closure():
    opt.zero_grad()
    loss = pinn_loss()
    loss.backward()
    return loss


opt.step(closure)
print("sliced outputs: every .grad contiguous:",
      all(p.grad.is_contiguous() for p in model.parameters()),
      "| LBFGS step ran")

# A parameter that is itself non-contiguous: a transposed tensor.
w = nn.Parameter(torch.randn(3, 4).t())           # shape [4, 3]
print("w: stride", w.stride(), "contiguous", w.is_contiguous())
data = torch.randn(6, 4)
opt = torch.optim.LBFGS([w], max_iter=3)


def closure_w():
    opt.zero_grad()
    loss = (data @ w).pow(2).mean()
    loss.backward()
    return loss


try:
    opt.step(closure_w)
except RuntimeError as e:
    print("w.grad: stride", w.grad.stride(),
          "contiguous", w.grad.is_contiguous())
    print(f"{type(e).__name__}: {e}")
    print("raised in", traceback.extract_tb(e.__traceback__)[-1].name)
print("w.grad.reshape(-1) works:", list(w.grad.reshape(-1).shape))

# A non-contiguous parameter with gaps (not dense) gets a contiguous .grad.
g = nn.Parameter(torch.randn(4, 6)[:, ::2])
(g * 2).sum().backward()
print("g: stride", g.stride(), "contiguous", g.is_contiguous(),
      "| g.grad: stride", g.grad.stride(),
      "contiguous", g.grad.is_contiguous())

# A .grad assigned by hand keeps whatever layout it was given.
v = nn.Parameter(torch.randn(4, 3))
v.grad = torch.randn(3, 4).t()
print("v contiguous", v.is_contiguous(), "| v.grad assigned by hand,"
      " contiguous", v.grad.is_contiguous())
v.grad = v.grad.contiguous()            # assign contiguous gradients
print("after v.grad = v.grad.contiguous():", list(v.grad.view(-1).shape))

# To find such parameters in a model:
net = nn.Linear(4, 3)
net.weight = nn.Parameter(net.weight.detach().t().contiguous().t())
print("non-contiguous parameters of net:",
      [n for n, p in net.named_parameters() if not p.is_contiguous()])

# The fix: give LBFGS contiguous parameters. Replacing .data keeps the
# Parameter object, so the model and the optimizer still hold it.
with torch.no_grad():
    w.data = w.data.contiguous()
w.grad = None
opt = torch.optim.LBFGS([w], max_iter=3)
before = closure_w().item()
opt.step(closure_w)
after = closure_w().item()
print("w.data = w.data.contiguous(): w.grad contiguous",
      w.grad.is_contiguous(), "| LBFGS step ran, loss went down:",
      after < before)
