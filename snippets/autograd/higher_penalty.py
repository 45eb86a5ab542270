# Gradients of gradients: a gradient penalty, and a Hessian-vector
# product without the Hessian.
import torch
from torch import nn

torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(4, 2, requires_grad=True)

score = critic(x).sum()
(grad_x,) = torch.autograd.grad(score, x, create_graph=True)
penalty = ((grad_x.norm(dim=1) - 1) ** 2).mean()
print("grad_x.grad_fn:", grad_x.grad_fn.name())
penalty.backward()                  # through the gradient, into the weights
w = critic[0].weight
print("first layer's weight gets a gradient:", w.grad is not None)

# Hessian-vector product: d/dp (dL/dp . v), two backward passes
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
v = torch.tensor([1.0, 0.0, -1.0])


def loss_fn(p):
    return (p ** 2).prod()


(g,) = torch.autograd.grad(loss_fn(p), p, create_graph=True)
(hvp,) = torch.autograd.grad(g @ v, p)
hessian = torch.autograd.functional.hessian(loss_fn, p)
print("H v by two passes:", hvp)
print("H v from the full H:", hessian @ v)
assert torch.allclose(hvp, hessian @ v)
