# float16 and bfloat16 F.linear on the CPU: compared with the exact sum of
# the same rounded numbers, with float32 accumulation, and with a running
# sum kept in the low precision.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x, w = torch.randn(16, 2048), torch.randn(32, 2048)
for dt in (torch.float16, torch.bfloat16):
    xh, wh = x.to(dt), w.to(dt)
    exact = F.linear(xh.double(), wh.double())  # exact products and sums
    lowsum = torch.zeros(16, 32, dtype=dt)
    for k in range(2048):  # add one product at a time, rounding to dt
        lowsum = lowsum + xh[:, k:k + 1] * wh[:, k]
    in_float32 = F.linear(xh.float(), wh.float())
    results = {"F.linear": F.linear(xh, wh),
               "float32, rounded once": in_float32.to(dt),
               f"running sum in {dt}": lowsum}
    print(f"{dt}, output dtype {results['F.linear'].dtype}, largest |y| "
          f"{exact.abs().max():.1f}; mean |error|:")
    for name, y in results.items():
        print(f"  {name:29} {(y.double() - exact).abs().mean():.5f}")
# The CUDA settings that let cuBLAS reduce in lower precision; turning
# them off changes nothing on the CPU:
m = torch.backends.cuda.matmul
print("allow_fp16_reduced_precision_reduction:",
      m.allow_fp16_reduced_precision_reduction)
print("allow_bf16_reduced_precision_reduction:",
      m.allow_bf16_reduced_precision_reduction)
low = (torch.float16, torch.bfloat16)
before = [F.linear(x.to(dt), w.to(dt)) for dt in low]
m.allow_fp16_reduced_precision_reduction = False
m.allow_bf16_reduced_precision_reduction = False
after = [F.linear(x.to(dt), w.to(dt)) for dt in low]
print("both False, same CPU results:",
      all(torch.equal(b, a) for b, a in zip(before, after)))
