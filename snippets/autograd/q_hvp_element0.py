# Differentiating a gradient fails with "element 0 of tensors does not
# require grad" when that gradient has no graph: taken without
# create_graph=True, or constant (a zero second derivative).
import warnings

import torch
from torch import nn

# torch 2.14's forward-mode AD (jacfwd, jvp) loads decompositions with
# torch.jit.script, which warns that it is deprecated; harmless here.
warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0], requires_grad=True)


def second(label, f, create_graph=True):
    (g,) = torch.autograd.grad(f(x), x, create_graph=create_graph)
    try:
        (h,) = torch.autograd.grad(g.sum(), x)
        print(f"{label:<30} g.grad_fn={type(g.grad_fn).__name__:<13} "
              f"second derivative: {h.tolist()}")
    except RuntimeError as e:
        print(f"{label:<30} g.requires_grad={g.requires_grad}\n"
              f"  RuntimeError: {e}")


second("x**3, create_graph=True", lambda t: (t ** 3).sum())
second("x**3, create_graph=False", lambda t: (t ** 3).sum(), False)
second("2*x (linear), create_graph", lambda t: (2 * t).sum())

# Fix for a zero second derivative: treat a gradient with no graph as
# a constant, whose derivative is zero; torch.func does that by itself.
(g,) = torch.autograd.grad((2 * x).sum(), x, create_graph=True)
h = (torch.autograd.grad(g.sum(), x)[0] if g.requires_grad
     else torch.zeros_like(x))
print("2*x, zeros where no graph:     ", h.tolist())
h = torch.func.hessian(lambda t: (2 * t).sum())(x.detach())
print("torch.func.hessian of 2*x:     ", h.tolist())

# A Hessian-vector product over a model's parameters, as PyHessian
# does: gradients from backward() without create_graph have no graph.
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
data, target = torch.randn(8, 3), torch.randn(8, 1)
params = [p for p in model.parameters() if p.requires_grad]
v = [torch.randn_like(p) for p in params]
for how in ("loss.backward()", "autograd.grad(create_graph=True)"):
    model.zero_grad()
    loss = nn.functional.mse_loss(model(data), target)
    if how == "loss.backward()":
        loss.backward()
        grads = [p.grad for p in params]
    else:
        grads = torch.autograd.grad(loss, params, create_graph=True)
    try:
        hv = torch.autograd.grad(grads, params, grad_outputs=v)
        print(f"{how:<33} Hv norms:",
              [round(t.norm().item(), 4) for t in hv])
    except RuntimeError as e:
        print(f"{how:<33} RuntimeError: {e}")

# A loss linear in the last layer: the last bias's gradient is constant.
loss = model(data).mean()
grads = torch.autograd.grad(loss, params, create_graph=True)
print("grads requiring grad:", [g.requires_grad for g in grads])
try:
    torch.autograd.grad(grads, params, grad_outputs=v)
except RuntimeError as e:
    print("RuntimeError:", e)
# Fix: leave the constant gradients out (their part of Hv is zero), and
# ask for zeros for parameters the rest does not reach.
keep = [(g, u) for g, u in zip(grads, v) if g.requires_grad]
hv = torch.autograd.grad([g for g, _ in keep], params,
                         grad_outputs=[u for _, u in keep],
                         materialize_grads=True)
print("Hv norms:", [round(t.norm().item(), 4) for t in hv])
