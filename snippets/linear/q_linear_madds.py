# How many multiplications and additions nn.Linear(12, 3) does for one
# sample, counted while computing its output one number at a time.
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)
x = torch.randn(1, 12)
for bias in (False, True):
    layer = nn.Linear(12, 3, bias=bias)
    w = layer.weight.detach()
    muls = adds = 0
    out = []
    for j in range(3):                      # one output feature
        acc = x[0, 0] * w[j, 0]
        muls += 1
        for i in range(1, 12):
            acc = acc + x[0, i] * w[j, i]   # one multiply-add
            muls += 1
            adds += 1
        if bias:
            acc = acc + layer.bias.detach()[j]
            adds += 1
        out.append(acc)
    assert torch.allclose(torch.stack(out), layer(x).detach()[0])
    with FlopCounterMode(display=False) as flops:
        layer(x)
    # torchstat's formula for nn.Linear: out * (in + (in - 1)), no bias
    torchstat_madd = 3 * (12 + (12 - 1))
    print(f"bias={bias!s:<5}: {muls} multiplications + {adds} additions = "
          f"{muls + adds}; FlopCounterMode: {flops.get_total_flops()}; "
          f"torchstat MAdd: {torchstat_madd}")
