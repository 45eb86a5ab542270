# A Linear whose weight starts at zero still gets a gradient and learns,
# as long as what feeds it is not zero; two zero layers in a row never
# move: their hidden units stay identical to each other, and zero.
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

# 2. Both layers zero: the first weight's gradient needs g·W2, which is 0;
# the second's needs h = tanh(0) = 0. Only the second bias moves.
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

# 4. A gate of two zero, bias-free Linears in a row, as in the question's
# gate: x + gate(x) * x. Its output is tanh(0) = 0 whatever x is.
gate = nn.Sequential(nn.Linear(8, 8, bias=False), nn.ReLU(),
                     nn.Linear(8, 8, bias=False), nn.Tanh())
for m in (gate[0], gate[2]):
    nn.init.zeros_(m.weight)
y = torch.randn(64, 8)
opt = torch.optim.SGD(gate.parameters(), lr=0.1)
for step in range(200):
    opt.zero_grad()
    nn.functional.mse_loss(x + gate(x) * x, y).backward()
    if step == 0:
        print("zero gate: first-step weight grad norms",
              [m.weight.grad.norm().item() for m in (gate[0], gate[2])])
    opt.step()
print("  after 200 steps, both weights still all zero:",
      not gate[0].weight.any().item() and not gate[2].weight.any().item())
