# Two Linears with nothing between them are one Linear: W2 (W1 x + b1) + b2
# = (W2 W1) x + (W2 b1 + b2). An activation between them is what adds depth.
import torch
from torch import nn

torch.manual_seed(0)
first, second = nn.Linear(4, 16), nn.Linear(16, 3)
one = nn.Linear(4, 3)
with torch.no_grad():
    one.weight.copy_(second.weight @ first.weight)
    one.bias.copy_(second.weight @ first.bias + second.bias)
x = torch.randn(5, 4)
with torch.no_grad():
    stacked = second(first(x))
    print("Linear(4,16) then Linear(16,3) equals one Linear(4,3):",
          torch.allclose(stacked, one(x), atol=1e-6))
    with_relu = second(torch.relu(first(x)))
    print("with a ReLU between them, still equal:",
          torch.allclose(with_relu, one(x), atol=1e-6))

# Fitting |x|, which no single Linear can: the stack without an
# activation fails like one Linear; with a ReLU it fits.
xs = torch.linspace(-1, 1, 64).unsqueeze(1)
ys = xs.abs()
for name, act in [("no activation", nn.Identity()), ("ReLU", nn.ReLU())]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(1, 16), act, nn.Linear(16, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for _ in range(300):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xs), ys)
        loss.backward()
        opt.step()
    print(f"fit |x|, {name:13} loss {loss.item():.4f}")
