# optimizer.zero_grad() once, outside the loop: every backward adds
# into .grad, so each step uses the sum of all batches so far.
import torch
from torch import nn

torch.manual_seed(0)
batches = [(torch.randn(8, 3), torch.randn(8, 1)) for _ in range(4)]


def train(zero_inside, accumulate=1):
    torch.manual_seed(1)
    model = nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    opt.zero_grad()  # the once-only call
    norms = []
    for i, (x, y) in enumerate(batches):
        if zero_inside and i % accumulate == 0:
            opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        norms.append(round(model.weight.grad.norm().item(), 3))
        if (i + 1) % accumulate == 0:
            opt.step()
    return norms


print("zero_grad() outside the loop, .grad norm:", train(False))
print("zero_grad() every step,       .grad norm:", train(True))
print("zero_grad() every 2 steps,    .grad norm:", train(True, 2))

# What step 2 used without zero_grad(): the sum of both batches' grads.
torch.manual_seed(1)
model = nn.Linear(3, 1)
for x, y in batches[:2]:
    nn.functional.mse_loss(model(x), y).backward()
total = model.weight.grad.clone()
parts = []
for x, y in batches[:2]:
    model.weight.grad = None
    nn.functional.mse_loss(model(x), y).backward()
    parts.append(model.weight.grad.clone())
assert torch.allclose(total, parts[0] + parts[1])
print("two backwards without zero_grad() = the sum of the two: True")
