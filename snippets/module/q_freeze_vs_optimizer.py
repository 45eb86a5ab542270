# Two ways to freeze a layer: requires_grad=False, or leaving its parameters
# out of the optimizer. Both leave its weights as they were; only the first
# stops autograd from computing (and accumulating) their gradients.
import torch
from torch import nn


def build():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))


torch.manual_seed(1)
x = torch.randn(8, 3)
for way in ("requires_grad=False", "left out of the optimizer"):
    model = build()
    before = model[0].weight.clone()
    if way == "requires_grad=False":
        model[0].requires_grad_(False)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    else:
        optimizer = torch.optim.SGD(model[1].parameters(), lr=0.1)
    sums = []
    for _ in range(3):
        optimizer.zero_grad()       # zeroes the optimizer's parameters only
        model(x).pow(2).mean().backward()
        optimizer.step()
        grad = model[0].weight.grad
        sums.append(None if grad is None
                    else round(grad.abs().sum().item(), 4))
    print(f"{way}: frozen weight unchanged",
          torch.equal(before, model[0].weight), "| |grad| per step:", sums)

# Left out of the optimizer, the layer's .grad keeps growing: it adds up
# every backward pass, since optimizer.zero_grad() never zeroes it.
model.zero_grad()
print("after model.zero_grad():", model[0].weight.grad)
