# A bias right before BatchNorm is subtracted away with the batch mean:
# the output does not depend on it, and its gradient is zero.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(32, 10)


def block(bias, relu_between=False):
    torch.manual_seed(1)  # the same weights every time
    lin = nn.Linear(10, 4)
    with torch.no_grad():
        lin.bias.fill_(bias)
    layers = [lin, nn.ReLU()] if relu_between else [lin]
    return lin, nn.Sequential(*layers, nn.BatchNorm1d(4))  # training mode


for relu_between in (False, True):
    lin, net = block(bias=0.0, relu_between=relu_between)
    same = torch.allclose(net(x), block(5.0, relu_between)[1](x), atol=1e-5)
    net(x).pow(2).sum().backward()
    print("Linear -> ReLU -> BatchNorm" if relu_between
          else "Linear -> BatchNorm")
    print(f"  bias 0 and bias 5 give the same output: {same}")
    print(f"  the bias's gradient is ~0 (< 1e-4):     "
          f"{bool(lin.bias.grad.abs().max() < 1e-4)}")

model = nn.Sequential(nn.Linear(10, 4, bias=False), nn.BatchNorm1d(4))
print("instead:", [name for name, _ in model.named_parameters()])
