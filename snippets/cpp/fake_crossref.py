# A fake implementation whose shape differs from the real kernel's: eager
# works, torch.compile fails at a later operator. Which operator lied?
import logging

import torch
import torch.nn.functional as F
from torch._subclasses.fake_utils import CrossRefFakeMode     # private

logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)

lib = torch.library.Library("shapelib", "FRAGMENT")
for name in ["halve_bad", "halve"]:
    lib.define(f"{name}(Tensor x) -> Tensor")
    # the real kernel keeps every second element: ceil(n / 2) of them
    lib.impl(name, lambda x: x[..., ::2].clone(), "CPU")


@torch.library.register_fake("shapelib::halve_bad", lib=lib)
def _(x):
    return x.new_empty(*x.shape[:-1], x.shape[-1] // 2)       # floor: wrong


@torch.library.register_fake("shapelib::halve", lib=lib)
def _(x):
    return x.new_empty(*x.shape[:-1], (x.shape[-1] + 1) // 2)  # ceil


def model(x, halve):
    return halve(x) + torch.ones(76)     # 151 inputs: 76 outputs


x = torch.randn(151)
print("eager:", model(x, torch.ops.shapelib.halve_bad).shape)
try:
    torch.compile(model, backend="eager")(x, torch.ops.shapelib.halve_bad)
except Exception as e:
    line = str(e).splitlines()[1].strip()
    print(f"compiled: {type(e).__name__}: {line[:line.index(': got')]}")

# CrossRefFakeMode runs each operator on its inputs and, unless its filter
# skips it, on fake copies; it compares the outputs' metadata: the first
# mismatch names the operator
checked = set()
try:
    with CrossRefFakeMode(ignore_op_fn=lambda op: checked.add(op)):
        model(x, torch.ops.shapelib.halve_bad)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
print("checked:", sorted(str(op) for op in checked))

checked.clear()                          # aten operators are checked too
with CrossRefFakeMode(ignore_op_fn=lambda op: checked.add(op)):
    img = F.interpolate(torch.randn(1, 3, 75, 75), scale_factor=1.5)
    model(x, torch.ops.shapelib.halve)
print("no mismatch in:", sorted(str(op) for op in checked))
out = torch.compile(model, backend="eager")(x, torch.ops.shapelib.halve)
assert torch.equal(out, model(x, torch.ops.shapelib.halve))
print("compiled with the right fake:", out.shape)


@torch.compiler.disable                  # not traced: runs on real tensors
def halve_eagerly(x):
    return torch.ops.shapelib.halve_bad(x)


out = torch.compile(model, backend="eager")(x, halve_eagerly)
print("compiled, the op kept out of the graph:", out.shape)
