# The last Linear of a ResNet gets features that went through a ReLU
# (and average pooling). Kaiming's gain sqrt(2) is for a layer whose
# INPUT went through a ReLU: it keeps the variance the ReLU halved.
import torch
from torch import nn

torch.manual_seed(0)
pre = torch.randn(100_000, 64)          # pre-activations, variance 1
x = torch.relu(pre)                     # what the last Linear receives
print(f"variance before the ReLU {pre.var():.2f}, mean square after it "
      f"{x.pow(2).mean():.2f}")
for name, init in [
        ("kaiming_normal_ (gain sqrt 2)", nn.init.kaiming_normal_),
        ("kaiming_normal_ nonlinearity='linear' (gain 1)",
         lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear")),
        ("default nn.Linear init", None)]:
    torch.manual_seed(1)
    layer = nn.Linear(64, 10)
    if init is not None:
        init(layer.weight)
    nn.init.zeros_(layer.bias)
    with torch.no_grad():
        logits = layer(x)
    print(f"{name:<47} variance of the 10 logits: {logits.var():.2f}")
