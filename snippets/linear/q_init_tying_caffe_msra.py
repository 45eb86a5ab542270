# A port's hand-written He init, n = k*k*out_channels, is kaiming_normal_ with
# mode="fan_out"; Caffe's "msra" filler divides by fan_in unless told
# otherwise.
# Which count each mode takes for Conv2d and ConvTranspose2d, and the fix.
import math

import torch
from torch import nn


def port_init(m):                    # the port's loop, before its fix
    n = m.kernel_size[0] * m.kernel_size[1] * m.out_channels
    m.weight.data.normal_(0, math.sqrt(2 / n))


def msra_std(shape, variance_norm="FAN_IN"):   # Caffe MSRAFiller's formula
    count = math.prod(shape)
    fan_in, fan_out = count // shape[0], count // shape[1]
    n = {"FAN_IN": fan_in, "FAN_OUT": fan_out,
         "AVERAGE": (fan_in + fan_out) / 2}[variance_norm]
    return math.sqrt(2 / n)


def same_draw(make, init_a, init_b):
    a, b = make(), make()
    torch.manual_seed(0)
    init_a(a)
    torch.manual_seed(0)
    init_b(b)
    return torch.equal(a.weight, b.weight)


conv = lambda: nn.Conv2d(64, 128, 3, padding=1)
w = conv().weight
print("Conv2d(64, 128, 3) weight", tuple(w.shape),
      f"  fan_in = 64*3*3 = {64 * 9}, fan_out = 128*3*3 = {128 * 9}")
print(f"  port's std sqrt(2/(k*k*out))  = {math.sqrt(2 / (9 * 128)):.4f}")
print(f"  Caffe msra std, default FAN_IN = {msra_std(w.shape):.4f}")
print(f"  Caffe msra std, FAN_OUT        = {msra_std(w.shape, 'FAN_OUT'):.4f}")
kaiming = lambda mode: (lambda m: nn.init.kaiming_normal_(
    m.weight, mode=mode, nonlinearity="relu"))
r = same_draw(conv, port_init, kaiming("fan_out"))
print("port's init == kaiming_normal_(mode='fan_out', nonlinearity='relu'):",
      r)
assert r
caffe_fan_in = lambda m: m.weight.data.normal_(0, msra_std(m.weight.shape))
r = same_draw(conv, caffe_fan_in, kaiming("fan_in"))
print("Caffe msra (FAN_IN) == "
      "kaiming_normal_(mode='fan_in', nonlinearity='relu'):", r)
assert r

deconv = lambda: nn.ConvTranspose2d(64, 128, 4, stride=2, padding=1)
w = deconv().weight                  # stored (in_channels, out_channels, k, k)
print("\nConvTranspose2d(64, 128, 4) weight", tuple(w.shape),
      " -> torch's fan_in counts dim 1: out_channels * 4 * 4 =",
      nn.init._calculate_fan_in_and_fan_out(w)[0])
r = same_draw(deconv, port_init, kaiming("fan_in"))
print("port's init == kaiming_normal_(mode='fan_in') for ConvTranspose2d:", r)
assert r

# The fix for Caffe's default on both kinds of layer, as the port's code now
# reads (with the slope of its LeakyReLU(0.1) as `a`):
model = nn.Sequential(nn.Conv2d(6, 64, 7, stride=2, padding=3),
                      nn.LeakyReLU(0.1),
                      nn.ConvTranspose2d(64, 2, 4, stride=2, padding=1))
torch.manual_seed(0)
for m in model.modules():
    if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
        nn.init.kaiming_normal_(m.weight, 0.1)   # a=0.1, mode="fan_in"
        nn.init.zeros_(m.bias)
gain = math.sqrt(2 / (1 + 0.1 ** 2))
for name, m in model.named_children():
    if hasattr(m, "weight"):
        fan_in = nn.init._calculate_fan_in_and_fan_out(m.weight)[0]
        print(f"{name}: fan_in {fan_in:4d}, std {m.weight.std().item():.4f}"
              f" (gain/sqrt(fan_in) = {gain / math.sqrt(fan_in):.4f})")
