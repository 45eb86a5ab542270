# Why a dispatcher? One operator, a kernel per dispatch key, registered by
# whichever library brings it, at run time; and concerns such as autograd
# and autocast written once, as keys, for every operator.
import re

import torch
from torch.utils._python_dispatch import TorchDispatchMode

# 1. one call, many kernels: the tensors choose (their dispatch keys)
kernels = {}
for line in torch._C._dispatch_dump("aten::add.Tensor").splitlines():
    m = re.match(r"(\w+(?:\[alias\])?): registered at .*?([\w.]+\.(?:cpp|py))",
                 line)
    if m and m[1] != "debug":                # debug: where the schema is
        kernels[m[1]] = m[2]
for key in ("CPU", "SparseCPU", "NestedTensorCPU", "Meta", "Autograd[alias]",
            "FuncTorchBatched"):
    print(f"aten::add.Tensor {key:<16} kernel from {kernels[key]}")
print("kernels registered for aten::add.Tensor:", len(kernels))

# 2. a concern written once for all operators: a fallback per key
for key in ("AutocastCPU", "AutogradCPU", "Python", "Functionalize"):
    print(f"a fallback for every operator at {key}:",
          torch._C._dispatch_has_backend_fallback(
              getattr(torch._C.DispatchKey, key)))

# 3. registration at run time: an operator, then its kernels, added by code
#    loaded later (here this script; torchvision and device plugins do it
#    when they are imported), without rebuilding torch
lib = torch.library.Library("why", "DEF")
lib.define("twice(Tensor x) -> Tensor")
try:
    torch.ops.why.twice(torch.ones(2))
except NotImplementedError as e:
    print("before a kernel:", str(e).split(". ")[0] + ".")
lib.impl("twice", lambda x: x * 2, "CPU")
print("after lib.impl(..., 'CPU'):", torch.ops.why.twice(torch.ones(2)))
lib.impl("twice", lambda x: torch.empty_like(x), "Meta")
print("after lib.impl(..., 'Meta'):",
      torch.ops.why.twice(torch.ones(2, device="meta")).shape)


# 4. and a Python handler can stand at one key for every operator
class Count(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        seen.add(str(func))
        return func(*args, **(kwargs or {}))


seen = set()
with Count():
    torch.nn.functional.layer_norm(torch.ones(2, 3), (3,))
    torch.ops.why.twice(torch.ones(2))
print("one mode saw:", sorted(seen))
