# torch.func.vmap and "There is a performance drop because we have not yet
# implemented the batching rule for aten::histc": vmap is a dispatch key
# (FuncTorchBatched); an operator without a kernel there falls back to a
# loop over the batch. And the two things vmap refuses.
import warnings

import torch
from torch.func import vmap

has = torch._C._dispatch_has_kernel_for_dispatch_key
for op in ("aten::add.Tensor", "aten::histc"):
    print(f"{op} has a batching rule:", has(op, "FuncTorchBatched"))

torch.manual_seed(0)
batch = torch.randn(3, 10)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = vmap(lambda t: torch.histc(t, bins=4))(batch)
print("warning:", str(caught[0].message).split(" (Triggered")[0])
loop = torch.stack([torch.histc(t, bins=4) for t in batch])
assert torch.equal(out, loop)
print("vmap's result equals the Python loop's:", torch.equal(out, loop))


def relu_if(t):                        # control flow on a tensor's value
    if t.sum() > 0:
        return t
    return torch.zeros_like(t)


for name, fn in (("if t.sum() > 0", relu_if),
                 ("t.sum().item()", lambda t: t * t.sum().item())):
    try:
        vmap(fn)(batch)
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {str(e).split('. ')[0]}.")

# the fix: say it with tensor operations, which vmap batches
out = vmap(lambda t: torch.where(t.sum() > 0, t, torch.zeros_like(t)))(batch)
assert torch.equal(out, torch.stack([relu_if(t) for t in batch]))
out = vmap(lambda t: t * t.sum())(batch)
print("torch.where and t * t.sum() under vmap:", tuple(out.shape))
