# Linear regression whose loss stops falling: an (N, 1) prediction
# against an (N,) target broadcasts to (N, N).
import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.linspace(-1, 1, 100).unsqueeze(1)  # (100, 1): one feature
y = 3 * x.squeeze(1) + 1                     # (100,): as loaded from a column


def train(target):
    model = nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(300):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), target)
        loss.backward()
        opt.step()
    return loss.item(), model.weight.item(), model.bias.item()


def show(result):
    return "loss {:.4f}, weight {:.3f}, bias {:.3f}".format(*result)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("target (100,):  ", show(train(y)))
print("UserWarning:", caught[0].message)
print("prediction", tuple(nn.Linear(1, 1)(x).shape), "- target",
      tuple(y.shape), "=", tuple((nn.Linear(1, 1)(x) - y).shape))
fixed = train(y.unsqueeze(1))  # or y.view(-1, 1), or squeeze the output
print("target (100, 1):", show(fixed))
assert fixed[0] < 1e-6 and abs(fixed[1] - 3) < 1e-3
