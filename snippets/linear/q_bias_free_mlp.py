# A ReLU MLP of bias-free Linears: what it cannot represent, what fixes
# it, and what a bias costs.
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode


def mlp(bias, n_in=1):
    return nn.Sequential(nn.Linear(n_in, 32, bias=bias), nn.ReLU(),
                         nn.Linear(32, 32, bias=bias), nn.ReLU(),
                         nn.Linear(32, 1, bias=bias))


def fit(model, x, y, steps=300):
    opt = torch.optim.Adam(model.parameters(), lr=2e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(0)
x = torch.linspace(-1, 1, 50).unsqueeze(1)
y = torch.cos(3 * x) + 2  # an offset and a bump: needs a constant
free = mlp(bias=False)
with torch.no_grad():
    print("bias-free: f(0) =", free(torch.zeros(1, 1)).item(),
          " f(2x) == 2 f(x):",
          torch.allclose(free(2 * x[30:]), 2 * free(x[30:])))
torch.manual_seed(0)
print(f"bias=False             final loss {fit(mlp(False), x, y):.5f}")
torch.manual_seed(0)
print(f"bias=True              final loss {fit(mlp(True), x, y):.5f}")
ones = torch.cat([x, torch.ones_like(x)], dim=1)  # a constant input
torch.manual_seed(0)
print(f"bias=False, input + 1  final loss {fit(mlp(False, 2), ones, y):.5f}")

# Cost: the matrix products dominate; a bias adds one addition per output.
batch = torch.randn(4096, 1)
for bias in (False, True):
    m = mlp(bias)
    with FlopCounterMode(display=False) as counter:
        m(batch)
    params = sum(p.numel() for p in m.parameters())
    print(f"bias={bias!s:5}: {params} parameters, "
          f"{counter.get_total_flops():,} matmul FLOPs")
print(f"bias additions per forward: {4096 * (32 + 32 + 1):,}")
