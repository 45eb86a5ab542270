# Are my Linear's weights updating? One training step in five variants,
# and which parameters it changed.
import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(16, 3), torch.randn(16, 1)


def net():
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))


def step(name, model, opt, order=("zero_grad", "backward", "step")):
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    loss = nn.functional.mse_loss(model(x), y)
    for action in order:
        {"zero_grad": opt.zero_grad, "backward": loss.backward,
         "step": opt.step}[action]()
    moved = [n for n, p in model.named_parameters()
             if not torch.equal(p, before[n])]
    print(f"{name:38} changed: {moved or 'nothing'}")


m = net()
step("correct", m, torch.optim.SGD(m.parameters(), lr=0.1))
old = net()
opt = torch.optim.SGD(old.parameters(), lr=0.1)
m = net()  # model rebuilt after the optimizer: opt holds the old tensors
step("optimizer built on another model", m, opt)
m = net()
step("lr=0", m, torch.optim.SGD(m.parameters(), lr=0.0))
m = net()
m[0].requires_grad_(False)
step("first layer frozen", m, torch.optim.SGD(m.parameters(), lr=0.1))
m = net()
step("zero_grad between backward and step", m,
     torch.optim.SGD(m.parameters(), lr=0.1),
     order=("backward", "zero_grad", "step"))

# The check to run in your own loop: is every parameter in the optimizer,
# and does each one have a gradient after backward()?
m = net()
opt = torch.optim.SGD(m.parameters(), lr=0.1)
in_opt = {id(p) for g in opt.param_groups for p in g["params"]}
nn.functional.mse_loss(m(x), y).backward()
for n, p in m.named_parameters():
    grad = None if p.grad is None else round(p.grad.norm().item(), 4)
    print(f"  {n:9} in optimizer: {id(p) in in_opt}  grad norm: {grad}")
