# Scaled weight standardisation (NFNets' WSConv2d) on a stand-in layer: each
# output channel's weights become mean 0, variance 1/fan_in, times a gain, so
# the init's scale drops out of the forward pass; it still scales the gradient.
import math

import torch
import torch.nn.functional as F
from torch import nn


class WSConv2d(nn.Conv2d):         # stand-in, same formula as the repo's
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gain = nn.Parameter(torch.ones(self.out_channels))

    def standardized_weight(self, eps=1e-4):
        w = self.weight
        mean = w.mean(dim=(1, 2, 3), keepdim=True)
        var = w.var(dim=(1, 2, 3), keepdim=True)
        fan_in = w[0].numel()
        scale = torch.rsqrt(torch.clamp(var * fan_in, min=eps))
        scale = scale * self.gain.view(-1, 1, 1, 1)
        return w * scale - mean * scale

    def forward(self, x):
        return F.conv2d(x, self.standardized_weight(), self.bias, self.stride,
                        self.padding)


def layer(init, seed=0):
    torch.manual_seed(seed)
    m = WSConv2d(64, 64, 3, padding=1, bias=False)
    torch.manual_seed(seed)
    init(m.weight)
    return m


UNIFORM = "kaiming_uniform_ (nn.Conv2d's default)"
inits = {
    "kaiming_normal_(fan_out, relu)": lambda w: nn.init.kaiming_normal_(
        w, mode="fan_out", nonlinearity="relu"),
    "kaiming_normal_(fan_in, linear)": lambda w: nn.init.kaiming_normal_(
        w, mode="fan_in", nonlinearity="linear"),
    "normal_(0, 1)": lambda w: nn.init.normal_(w, 0, 1),
    UNIFORM: lambda w: nn.init.kaiming_uniform_(w, a=math.sqrt(5)),
}
x = torch.randn(4, 64, 8, 8)
layers = {name: layer(init) for name, init in inits.items()}
ref = layers["kaiming_normal_(fan_out, relu)"]
print(f"{'init':40} {'raw std':>8} {'std. row var*fan_in':>19} "
      f"{'same std. weight':>16} {'same output':>11}")
for name, m in layers.items():
    ws = m.standardized_weight().detach()
    row_var = ws.flatten(1).var(dim=1) * 576
    same_w = torch.allclose(ws, ref.standardized_weight(),
                            rtol=1e-4, atol=1e-6)
    same_y = torch.allclose(m(x), ref(x), rtol=1e-4, atol=1e-5)
    print(f"{name:40} {m.weight.std().item():8.4f} "
          f"{row_var.mean().item():19.4f}"
          f" {str(same_w):>16} {str(same_y):>11}")
    assert torch.allclose(row_var, torch.ones(64), atol=1e-4)
    assert same_w == same_y == (name != UNIFORM)

# The scale still matters to the gradient: W' = c*W gives the same forward
# pass, so dL/dW' = dL/dW / c, and an SGD step moves the standardised weight
# c**2 times less.
a, b = ref, layers["kaiming_normal_(fan_in, linear)"]
c = (b.weight.norm() / a.weight.norm()).item()
for m in (a, b):
    m(x).pow(2).mean().backward()
g_ratio = (a.weight.grad.norm() / b.weight.grad.norm()).item()
print(f"\nfan_in/linear raw weights: {c:.4f} x the fan_out/relu ones;"
      f" their gradient: {1 / g_ratio:.4f} x theirs")
assert math.isclose(g_ratio, c, rel_tol=1e-4)

# Only an init far below eps's floor changes the forward pass.
tiny = layer(lambda w: nn.init.normal_(w, 0, 1e-4))
shrink = (tiny.standardized_weight().norm() / ref.standardized_weight().norm())
print(f"normal_(0, 1e-4): var*fan_in = {(1e-4) ** 2 * 576:.1e} < eps 1e-4, "
      f"standardised weight {shrink.item():.4f} x the others")


def scaled_std(w, eps=1e-5):       # the repo's ScaledStdConv2d formula, gain 1
    mean = w.mean(dim=(1, 2, 3), keepdim=True)
    std = w.std(dim=(1, 2, 3), keepdim=True, unbiased=False)
    return w[0].numel() ** -0.5 * (w - mean) / (std + eps)


wa, wb = scaled_std(a.weight.detach()), scaled_std(b.weight.detach())
rel = ((wa - wb).norm() / wa.norm()).item()
print(f"(w - mean) / (std + 1e-5): fan_out/relu and fan_in/linear differ by "
      f"{rel:.0e} of the weight")
assert rel < 1e-3
