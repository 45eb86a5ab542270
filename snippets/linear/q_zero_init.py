# A Linear whose weight starts at zero still gets a gradient and learns,
# as long as what feeds it is not zero; two zero layers in a row wait a
# step, and zero hidden units stay identical to each other.
import torch
from torch import nn

torch.manual_seed(0)
x, target = torch.randn(64, 8), torch.randn(64, 1)


def train(model, steps=200):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), target)
        loss.backward()
        opt.step()
    return loss.item()


def grad_norms(model):
    model.zero_grad()
    nn.functional.mse_loss(model(x), target).backward()
    return [round(m.weight.grad.norm().item(), 4)
            for m in model if isinstance(m, nn.Linear)]


# 1. Only the head is zero (as in a zero-initialised classifier head).
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 1))
nn.init.zeros_(model[2].weight)
print("zero head: first-step weight grad norms", grad_norms(model))
torch.optim.SGD(model.parameters(), lr=0.1).step()  # one step on those grads
print("  after one step:", grad_norms(model))
print("  loss after training", round(train(model), 4))

# 2. Both layers zero: the first layer's gradient is g·W2 = 0 at first.
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 1))
for m in (model[0], model[2]):
    nn.init.zeros_(m.weight)
    nn.init.zeros_(m.bias)
print("both zero: first-step weight grad norms", grad_norms(model))
print("  loss after training", round(train(model), 4))
h = model[0].weight
print("  hidden units still identical:", torch.equal(h, h[:1].expand_as(h)),
      "| still all zero:", not h.any().item())

# 3. Baseline: the default initialisation.
model = nn.Sequential(nn.Linear(8, 16), nn.Tanh(), nn.Linear(16, 1))
print("default: loss after training", round(train(model), 4))
