# Kaiming's mode="fan_in" against mode="fan_out" on a plain ReLU conv stack
# (3x3 kernels, no normalisation, circular padding so that no border shrinks
# the spread): the forward pre-activations' and the backward input gradients'
# mean square, layer by layer (the mean over 4 seeded draws of the weights),
# for widths that change as in a ResNet's stages (64 -> 128 -> 256) and for
# equal widths; then the same with BatchNorm2d after each convolution.
import math

import torch
import torch.nn.functional as F
from torch import nn


def measure(widths, mode, bn=False, seeds=range(4)):
    runs = [measure_one(widths, mode, bn, seed) for seed in seeds]
    layers = range(len(widths) - 1)
    fwd = [sum(r[1][i] for r in runs) / len(runs) for i in layers]
    bwd = [sum(r[2][i] for r in runs) / len(runs) for i in layers]
    return runs[0][0], fwd, bwd


def measure_one(widths, mode, bn, seed):
    torch.manual_seed(seed)
    convs = [nn.Conv2d(c_in, c_out, 3, padding=1, padding_mode="circular",
                       bias=False) for c_in, c_out in zip(widths, widths[1:])]
    for conv in convs:
        nn.init.kaiming_normal_(conv.weight, mode=mode, nonlinearity="relu")
    x = F.relu(torch.randn(8, widths[0], 4, 4))  # a ReLU output (He et al.)
    inputs, pre = [], []
    for conv in convs:
        x.requires_grad_(True)
        inputs.append(x)
        y = conv(x)
        if bn:                                    # BatchNorm2d, training mode
            y = F.batch_norm(y, None, None, training=True)
        pre.append(y)
        x = F.relu(y)
    g = torch.randn_like(x)                       # dL/d(output): mean square 1
    grads = torch.autograd.grad((x * g).sum(), inputs)
    fwd = [y.detach().pow(2).mean().item() for y in pre]
    bwd = [d.pow(2).mean().item() for d in grads]
    return convs, fwd, bwd


def table(widths, bn=False, seeds=range(4)):
    convs_in, f_in, b_in = measure(widths, "fan_in", bn, seeds)
    convs_out, f_out, b_out = measure(widths, "fan_out", bn, seeds)
    print(f"{'layer':>12} {'fan_out/fan_in':>14} | forward E[y^2]: "
          f"{'fan_in':>6} {'fan_out':>7} | backward E[dx^2]: {'fan_in':>6} "
          f"{'fan_out':>7}")
    for i, conv in enumerate(convs_in):
        ratio = conv.out_channels / conv.in_channels
        print(f"{conv.in_channels:>5} -> {conv.out_channels:<4} "
              f"{ratio:>14.2f} |"
              f" {'':15} {f_in[i]:6.2f} {f_out[i]:7.2f} | {'':17}"
              f" {b_in[i]:6.2f} {b_out[i]:7.2f}")
    return convs_in, convs_out, f_in, f_out, b_in, b_out


print("changing widths, no normalisation:")
resnet_like = [64, 64, 128, 128, 256, 256]
_, _, f_in, f_out, b_in, b_out = table(resnet_like)
# He et al.: fan_in keeps the forward mean square near 1, fan_out the backward
# one. Same seed, same draws: fan_out's weights are fan_in's times
# sqrt(fan_in / fan_out) in each layer, and ReLU(c * y) = c * ReLU(y) for
# c > 0, so the two modes differ by the product of the ratios, exactly:
# forward by c_first / d_l up to layer l, backward by d_last / c_l from layer
# l on.
assert all(abs(v - 1) < 0.2 for v in f_in + b_out)
c = resnet_like
for i in range(len(c) - 1):
    assert math.isclose(f_out[i] / f_in[i], c[0] / c[i + 1], rel_tol=1e-4)
    assert math.isclose(b_in[i] / b_out[i], c[-1] / c[i], rel_tol=1e-4)

print("\nequal widths, no normalisation:")
convs_in, convs_out, *_ = table([128] * 6, seeds=range(1))
assert all(torch.equal(a.weight, b.weight)
           for a, b in zip(convs_in, convs_out))
print("equal widths: the two modes draw identical weights:", True)

deep = [64] * 7 + [128] * 6 + [256] * 6            # 18 layers, 2 width changes
_, f_in, _ = measure(deep, "fan_in", seeds=range(2))
_, f_out, _ = measure(deep, "fan_out", seeds=range(2))
print(f"\n18 layers, 64 -> 128 -> 256: last layer's forward E[y^2]: "
      f"fan_in {f_in[-1]:.2f}, fan_out {f_out[-1]:.2f}, ratio "
      f"{f_out[-1] / f_in[-1]:.4f} (64/256 = {64 / 256:.4f}, "
      "whatever the depth)")
assert math.isclose(f_out[-1] / f_in[-1], 64 / 256, rel_tol=1e-4)

print("\nchanging widths, BatchNorm2d after every convolution:")
_, _, f_in, f_out, b_in, b_out = table(resnet_like, bn=True, seeds=range(1))
assert all(math.isclose(a, b, rel_tol=1e-3) for a, b in zip(f_in, f_out))
assert all(math.isclose(a, b, rel_tol=1e-3) for a, b in zip(b_in, b_out))
