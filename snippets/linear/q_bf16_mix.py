# bfloat16 and float32 meeting in one Linear: an input of the other dtype,
# a bias left in float32, and the fixes.
import dataclasses

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(4, 3).to(torch.bfloat16)  # parameters cast, as a policy does
x32 = torch.randn(2, 4)                          # the input was not
mixed = nn.Linear(4, 3)
mixed.weight.data = mixed.weight.data.to(torch.bfloat16)  # bias left float32
for name, call in [
        ("float32 input, bfloat16 layer", lambda: lin(x32)),
        ("bfloat16 input, bfloat16 weight, float32 bias",
         lambda: mixed(x32.to(torch.bfloat16)))]:
    try:
        call()
    except RuntimeError as e:
        print(f"{name}:\n  RuntimeError: {e}")

print("input cast to the layer's dtype:", lin(x32.to(lin.weight.dtype)).dtype)
print("every parameter in one dtype:   ",
      mixed.to(torch.bfloat16)(x32.to(torch.bfloat16)).dtype)
with torch.autocast("cpu", dtype=torch.bfloat16):
    print("under autocast, float32 layer:  ", nn.Linear(4, 3)(x32).dtype)

# FSDP's MixedPrecision casts parameters; whether it casts the inputs of
# each wrapped module is a field of its own (default False):
from torch.distributed.fsdp import MixedPrecision
for f in dataclasses.fields(MixedPrecision):
    if not f.name.startswith("_"):
        print(f"MixedPrecision.{f.name} = {f.default}")
