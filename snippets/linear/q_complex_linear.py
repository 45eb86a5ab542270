# Complex inputs and nn.Linear: a float32 Linear refuses them; a complex
# Linear mixes real and imaginary parts as (a+ib)(c+id) does; two real
# layers give the same product only when combined that way, with one bias.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
spec = torch.fft.rfft(torch.randn(2, 16))  # (2, 9) complex64 spectrum
print("input:", spec.dtype, tuple(spec.shape))
try:
    nn.Linear(9, 4)(spec)  # float32 weight, complex input
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

lin = nn.Linear(9, 4, dtype=torch.cfloat)  # fix: complex parameters
y = lin(spec)
print("complex Linear:", lin.weight.dtype, "->", y.dtype, tuple(y.shape))

# .to(torch.complex64) converts a float Linear, with a warning; its
# imaginary parts all start at zero.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    moved = nn.Linear(9, 4).to(torch.complex64)
print(".to(complex64):", moved.weight.dtype, "| warns:",
      caught[0].category.__name__, "| imaginary parts all zero:",
      bool((moved.weight.imag == 0).all()))
# Built complex: reset_parameters draws both parts in +-1/sqrt(in).
w = nn.Linear(100, 400, dtype=torch.cfloat).weight.detach()
print("init of Linear(100, 400), bound 0.1: max |real|",
      round(w.real.abs().max().item(), 3), "max |imag|",
      round(w.imag.abs().max().item(), 3), "| both within 0.1:",
      bool(w.real.abs().max() <= 0.1 and w.imag.abs().max() <= 0.1))

# A hand-written complex Linear: torch.matmul multiplies complex matrices.
assert torch.allclose(torch.matmul(spec, lin.weight.T) + lin.bias, y)

# What it computes: every weight multiplies both parts of the input.
a, b = spec.real, spec.imag
c, d = lin.weight.real, lin.weight.imag
assert torch.allclose(y.real, a @ c.T - b @ d.T + lin.bias.real, atol=1e-6)
assert torch.allclose(y.imag, a @ d.T + b @ c.T + lin.bias.imag, atol=1e-6)

# One real layer on [real, imag] equals it with the weight [[c, -d], [d, c]].
cat = nn.Linear(18, 8)
with torch.no_grad():
    cat.weight.copy_(torch.cat([torch.cat([c, -d], 1),
                                torch.cat([d, c], 1)], 0))
    cat.bias.copy_(torch.cat([lin.bias.real, lin.bias.imag]))
z = cat(torch.cat([a, b], 1))
assert torch.allclose(torch.complex(z[:, :4], z[:, 4:]), y, atol=1e-6)
print("parameters: complex", sum(p.numel() for p in lin.parameters()) * 2,
      "real numbers; a free Linear(18, 8):", cat.weight.numel() + 8)

# Two real layers, one on each part alone: the real output ignores b.
only_r, only_i = nn.Linear(9, 4), nn.Linear(9, 4)


def separate(s):
    return torch.complex(only_r(s.real), only_i(s.imag))


spec2 = torch.complex(a, b + 1.0)  # same real part, other imaginary part
print("separate layers, real output changes with imag input:",
      not torch.equal(separate(spec).real, separate(spec2).real),
      "| complex Linear:", not torch.allclose(lin(spec).real,
                                             lin(spec2).real))

# fc_r, fc_i each with its own bias: the biases mix as well.
fc_r, fc_i = nn.Linear(9, 4), nn.Linear(9, 4)
zero = torch.zeros(1, 9)  # a zero input leaves only the bias terms
assert torch.allclose(fc_r(zero) - fc_i(zero), fc_r.bias - fc_i.bias)
assert torch.allclose(fc_i(zero) + fc_r(zero), fc_r.bias + fc_i.bias)


class ThreadLinear(nn.Module):  # the layer of the question: (bs, in, 2)
    def __init__(self):
        super().__init__()
        # its repository built both real layers with bias=False
        self.fc_r = nn.Linear(9, 4, bias=False)
        self.fc_i = nn.Linear(9, 4, bias=False)
        self.bias = nn.Parameter(torch.randn(4, 2))

    def forward(self, x):
        return torch.stack(
            [self.fc_r(x[:, :, 0]) - self.fc_i(x[:, :, 1]) + self.bias[:, 0],
             self.fc_r(x[:, :, 1]) + self.fc_i(x[:, :, 0]) + self.bias[:, 1]],
            dim=-1) + self.bias


t = ThreadLinear()
at_zero = t(torch.zeros(1, 9, 2))[0]
twice = torch.allclose(at_zero, 2 * t.bias)
assert twice
print("thread's layer at a zero input = 2 * bias:", twice)

# Fix: bias=False on both real layers and one complex bias, added once;
# it equals nn.Linear(dtype=torch.cfloat) with weight fc_r.w + i fc_i.w.
fr, fi = nn.Linear(9, 4, bias=False), nn.Linear(9, 4, bias=False)
bias = nn.Parameter(torch.randn(4, dtype=torch.cfloat))
out = torch.complex(fr(a) - fi(b), fi(a) + fr(b)) + bias
native = nn.Linear(9, 4, dtype=torch.cfloat)
with torch.no_grad():
    native.weight.copy_(torch.complex(fr.weight, fi.weight))
    native.bias.copy_(bias)
assert torch.allclose(out, native(spec), atol=1e-6)
print("two bias-free real layers + one complex bias == complex Linear:",
      torch.allclose(out, native(spec), atol=1e-6))
