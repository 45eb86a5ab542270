# y = 2·x1 + 3·x2 + 4·x1·x2: a Linear on (x1, x2) cannot fit the product
# term; given x1·x2 as a third input it recovers all three coefficients.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(256, 2) * 2 - 1
y = 2 * x[:, :1] + 3 * x[:, 1:] + 4 * x[:, :1] * x[:, 1:]


def fit(model, inputs, steps=300, lr=0.1):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(inputs), y)
        loss.backward()
        opt.step()
    return loss.item()


plain = nn.Linear(2, 1)
print(f"Linear(2, 1) on (x1, x2):          loss {fit(plain, x):.5f}")
features = torch.cat([x, x[:, :1] * x[:, 1:]], dim=1)
with_product = nn.Linear(3, 1)
loss = fit(with_product, features)
print(f"Linear(3, 1) on (x1, x2, x1*x2):   loss {loss:.5f}")
weights = with_product.weight.flatten().tolist()
print("  weights", [round(v, 3) for v in weights],
      "bias", round(with_product.bias.item(), 3))
torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 1))
loss = fit(mlp, x, steps=500, lr=0.02)
print(f"Linear, Tanh, Linear on (x1, x2):  loss {loss:.5f}")
