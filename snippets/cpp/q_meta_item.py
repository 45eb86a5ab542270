# "aten::_local_scalar_dense: attempted to run this operator with Meta
# tensors": _local_scalar_dense is what .item(), float(t), int(t) and
# `if t:` call, to read one value, and a meta tensor has none.
import torch
from torch.utils._python_dispatch import TorchDispatchMode

m = torch.ones(3, device="meta")
for name, read in (("m.sum().item()", lambda: m.sum().item()),
                   ("if m.sum() > 0:", lambda: bool(m.sum() > 0)),
                   ("torch.arange(m.sum())", lambda: torch.arange(m.sum()))):
    try:
        read()
    except RuntimeError as e:
        print(f"{name:<22} RuntimeError: {e}")


class Seen(TorchDispatchMode):                # which operators read a value
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func is torch.ops.aten._local_scalar_dense.default:
            print("  aten._local_scalar_dense, called by", what)
        return func(*args, **(kwargs or {}))


t = torch.ones(3)                             # a real tensor this time
with Seen():
    for what, read in (("t.sum().item()", lambda: t.sum().item()),
                       ("if t.sum() > 0:", lambda: bool(t.sum() > 0)),
                       ("int(t[0])", lambda: int(t[0]))):
        read()


# the usual way a meta tensor is left: a model built on meta, loaded from a
# checkpoint that lacks a tensor; a non-persistent buffer is never saved
class Rotary(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = torch.nn.Linear(4, 4)
        self.register_buffer("scale", torch.tensor(2.0), persistent=False)

    def forward(self, x):
        return self.proj(x) * self.scale.item()


torch.manual_seed(0)
checkpoint = Rotary().state_dict()
print("keys in the checkpoint:", list(checkpoint))
with torch.device("meta"):
    model = Rotary()
model.load_state_dict(checkpoint, assign=True)
left = [n for n, t in [*model.named_parameters(), *model.named_buffers()]
        if t.is_meta]
print("still on meta after loading:", left)
try:
    model(torch.ones(1, 4))
except RuntimeError as e:
    print("forward: RuntimeError:", e)

# the fix: make what no file provides again, on the real device
model.scale = torch.tensor(2.0)              # or re-run the code that made it
out = model(torch.ones(1, 4))
assert not any(t.is_meta for t in model.buffers())
print("after re-making the buffer:", out.shape, out.device)
