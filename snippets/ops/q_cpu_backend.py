# An operator with a kernel for one backend only, called with tensors of
# another: the dispatcher finds no kernel for their key.
import torch

lib = torch.library.Library("qb", "DEF")
lib.define("scale(Tensor x, float alpha) -> Tensor")
# as TORCH_LIBRARY_IMPL(qb, CUDA, m) { m.impl("scale", ...); } would
lib.impl("scale", lambda x, alpha: x * alpha, "CUDA")
try:
    torch.ops.qb.scale(torch.ones(2), 3.0)  # CPU tensors
except NotImplementedError as e:
    text = str(e)
    print("NotImplementedError:", text.split(" This could be")[0])
    # the keys that have a kernel or a fallback: the first three of them
    keys = text.split("only available for these backends: [")[1]
    print("only available for these backends:", keys.split(", ")[:3], "...")
# the fix: a kernel for the CPU key too, as TORCH_LIBRARY_IMPL(qb, CPU, m)
lib.impl("scale", lambda x, alpha: x * alpha, "CPU")
print("with a CPU kernel:", torch.ops.qb.scale(torch.ones(2), 3.0))
