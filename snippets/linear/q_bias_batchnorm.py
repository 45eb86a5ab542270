# A bias right before BatchNorm is subtracted away with the batch mean:
# the output does not depend on it, and its gradient is zero, even for
# a loss against a random target (where the weight's gradient is not).
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

# In eval() mode BatchNorm uses its running mean, so the bias shows.
net0, net5 = block(0.0)[1].eval(), block(5.0)[1].eval()
print("eval mode, bias 0 and bias 5 give the same output:",
      torch.allclose(net0(x), net5(x), atol=1e-5))

model = nn.Sequential(nn.Linear(10, 4, bias=False), nn.BatchNorm1d(4))
print("instead:", [name for name, _ in model.named_parameters()])
