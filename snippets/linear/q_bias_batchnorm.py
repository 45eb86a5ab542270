# A bias right before BatchNorm is subtracted away with the batch mean:
# the output does not depend on it, and its gradient is zero, even for
# a loss against a random target (where the weight's gradient is not).
# Adam still moves it, harmlessly; eval() mode shows it until the running
# mean has caught up with it.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(32, 10)
target = torch.randn(32, 4)


def block(bias, relu_between=False):
    torch.manual_seed(1)  # the same weights every time
    lin = nn.Linear(10, 4)
    with torch.no_grad():
        lin.bias.fill_(bias)
    layers = [lin, nn.ReLU()] if relu_between else [lin]
    return lin, nn.Sequential(*layers, nn.BatchNorm1d(4))  # training mode


for relu_between in (False, True):
    lin, net = block(bias=0.0, relu_between=relu_between)
    out = net(x)
    same = torch.allclose(out, block(5.0, relu_between)[1](x), atol=1e-5)
    nn.functional.mse_loss(out, target).backward()
    print("Linear -> ReLU -> BatchNorm" if relu_between
          else "Linear -> BatchNorm")
    print(f"  bias 0 and bias 5 give the same output: {same}")
    print(f"  largest |grad| of the weight:           "
          f"{lin.weight.grad.abs().max():.2f}")
    print(f"  the bias's gradient is ~0 (< 1e-6):     "
          f"{bool(lin.bias.grad.abs().max() < 1e-6)}")

# Gradient steps: SGD moves the bias by lr times that rounding noise;
# Adam divides the noise by its own running size and moves it by ~lr.
for name, make in [("SGD", torch.optim.SGD), ("Adam", torch.optim.Adam)]:
    lin, net = block(bias=0.0)
    optimizer = make(net.parameters(), lr=1e-3)
    for step in range(100):
        optimizer.zero_grad()
        nn.functional.mse_loss(net(x), target).backward()
        optimizer.step()
    moved = lin.bias.detach().abs().max().item()  # it started at 0
    with torch.no_grad():
        out = net(x)
        lin.bias.zero_()  # the same network with the bias taken out again
        same = torch.allclose(out, net(x), atol=1e-5)
    print(f"{name:4} (100 steps, lr=1e-3): bias moved < 1e-6 "
          f"{moved < 1e-6!s:5} > 1e-3 {moved > 1e-3!s:5}"
          f"| same output without it {same}")

# In eval() mode BatchNorm subtracts its running mean instead. Fresh, that
# is 0, so the bias shows; training-mode batches move it onto the bias.
for batches in (0, 200):
    net0, net5 = block(0.0)[1], block(5.0)[1]
    with torch.no_grad():
        for _ in range(batches):  # training mode: updates running_mean
            net0(x), net5(x)
    net0.eval(), net5.eval()
    print(f"eval mode after {batches:3} training batches, bias 0 and bias 5 "
          f"agree: {torch.allclose(net0(x), net5(x), atol=1e-4)}")

model = nn.Sequential(nn.Linear(10, 4, bias=False), nn.BatchNorm1d(4))
print("instead:", [name for name, _ in model.named_parameters()])
