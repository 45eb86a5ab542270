# "addmm_impl_cpu_" not implemented for 'Half': a float16 Linear run on
# the CPU. Which device each tensor is on, and what runs there now.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2)).half()
x = torch.randn(4, 8).half()
# The kernel name says CPU: see where the parameters and the input are.
print("parameter devices:", {str(p.device) for p in model.parameters()},
      "| input:", x.device, "| dtypes:", {p.dtype for p in model.parameters()})
y16 = model(x)  # torch 2.13.0 has a float16 addmm for the CPU
print("float16 on the CPU:", y16.dtype, tuple(y16.shape))
# On a torch without it: compute in float32 on the CPU (or bfloat16),
# or move model and input to the GPU the model was meant for.
y32 = model.float()(x.float())
gap = (y32 - y16.float()).abs().max().item()
print("model.float(), x.float():", y32.dtype,
      f"| largest difference: {gap:.1e}")
assert gap < 1e-3
