# Float8 weights are stored numbers: upcast them to compute, and cast back
# to float8 only to store a result. torch._scaled_mm multiplies two float8
# matrices with their scales.
import torch
import torch.nn.functional as F

f8 = torch.float8_e4m3fn
top = torch.finfo(f8).max  # 448.0, the largest finite float8_e4m3fn
gen = torch.Generator().manual_seed(0)
w = torch.randn(3, 8, generator=gen)  # a layer's weight, in float32
w_scale = w.abs().max() / top
w8 = (w / w_scale).to(f8)  # stored: one byte a number, and a scale
x = torch.randn(2, 8, generator=gen).to(torch.bfloat16)  # activations

# float8 reaching kernels that have no float8 case
for label, call in (("x.to(f8).clamp(-top, top)",
                     lambda: x.to(f8).clamp(-top, top)),
                    ("w8 + w8", lambda: w8 + w8),
                    ("F.linear(x, w8)", lambda: F.linear(x, w8))):
    try:
        call()
    except (NotImplementedError, RuntimeError) as e:
        print(f"{label:26} {type(e).__name__}: {e}")

# the fix: upcast the stored weight to the activations' dtype, then compute
out = F.linear(x, (w8.float() * w_scale).to(x.dtype))
exact = F.linear(x.float(), w)
print("upcast, F.linear:", out.dtype, "largest error vs float32 weight:",
      round((out.float() - exact).abs().max().item(), 3))

# elementwise: compute in float32, clamp to the float8 range, cast back
double = (w8.float() * 2).clamp(-top, top).to(f8)
assert torch.equal(double.float(), (w8.float() * 2).clamp(-top, top))
print("w8 doubled, in float32, stored back as", double.dtype)

# float8 times float8, with the two scales, in one call: torch._scaled_mm
x_scale = x.float().abs().max() / top
x8 = (x.float() / x_scale).to(f8)
mm = torch._scaled_mm(x8, w8.t(), scale_a=x_scale, scale_b=w_scale,
                      out_dtype=torch.bfloat16)
dequant = (x8.float() * x_scale) @ (w8.float() * w_scale).t()
assert torch.allclose(mm.float(), dequant, rtol=1e-2, atol=1e-2)
print("torch._scaled_mm:", mm.dtype, tuple(mm.shape),
      "equals the upcast product, rounded to bfloat16")
