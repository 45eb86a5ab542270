# "expected scalar type Long but found Float": "expected" is the dtype a
# kernel asks for a tensor's data in, "found" that tensor's own dtype.
# --8<-- [start:cases]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def name(dtype):                 # torch.int64 -> "Long", as the message says
    return torch.empty(0, dtype=dtype).type()[len("torch."):-len("Tensor")]


def fails(shown, call, expected, found):
    try:
        call()
    except RuntimeError as e:
        print(f"{shown}\n  RuntimeError: {e}")
        assert str(e) == (f"expected scalar type {name(expected)}"
                          f" but found {name(found)}")
        return
    raise AssertionError(f"{shown} ran")


# integer pixels into a float model: "expected" is the input's Long
frames = torch.randint(0, 256, (1, 3, 8, 8))
conv = nn.Conv2d(3, 4, 3, bias=False)
print("frames:", frames.dtype, "| conv.weight:", conv.weight.dtype)
fails("conv(frames)", lambda: conv(frames), frames.dtype, conv.weight.dtype)
try:                          # with a bias, the bias is checked first
    nn.Conv2d(3, 4, 3)(frames)
except RuntimeError as e:
    print(f"nn.Conv2d(3, 4, 3)(frames)\n  RuntimeError: {e}")
print("fixed, conv(frames.float()):", conv(frames.float()).dtype)

# a batched product: swap the operands and the message swaps too
a = torch.ones(2, 2, 3, dtype=torch.long)
b = torch.ones(2, 3, 2)
fails("a @ b", lambda: a @ b, a.dtype, b.dtype)
fails("b @ a", lambda: b @ a, b.dtype, a.dtype)
print("fixed, a.to(b.dtype) @ b:", (a.to(b.dtype) @ b).dtype)

# a loss's class weights in float64: "expected" is the logits' Float
logits = torch.randn(3, 4)
target = torch.tensor([0, 1, 3])
weight = torch.ones(4, dtype=torch.float64)           # e.g. from NumPy
fails("F.cross_entropy(logits, target, weight=weight)",
      lambda: F.cross_entropy(logits, target, weight=weight),
      logits.dtype, weight.dtype)
print("fixed, weight=weight.to(logits.dtype):",
      F.cross_entropy(logits, target, weight=weight.to(logits.dtype)).dtype)

# a target of class indices in float: Long is what the kernel requires
scores = torch.randn(1, 4)
labels = torch.tensor([[3.0, 0.0, -1.0, 1.0]])
fails("F.multilabel_margin_loss(scores, labels)",
      lambda: F.multilabel_margin_loss(scores, labels),
      torch.long, labels.dtype)
print("fixed, labels.long():",
      F.multilabel_margin_loss(scores, labels.long()).dtype)
# --8<-- [end:cases]

# --8<-- [start:others]
# Operators that check the dtypes themselves first, in messages of their own
dst = torch.zeros(3, dtype=torch.long)
idx = torch.tensor([0, 2])
src = torch.tensor([0.5, 1.5])
others = {
    "dst[idx] = src": lambda: dst.__setitem__(idx, src),
    "dst.index_add_(0, idx, src)": lambda: dst.index_add_(0, idx, src),
    "dst.scatter_(0, idx, src)": lambda: dst.scatter_(0, idx, src),
    "dst.masked_scatter_(dst == 0, src)":
        lambda: dst.masked_scatter_(dst == 0, src),
    "torch.mm(a[0], b[0])": lambda: torch.mm(a[0], b[0]),
    "F.cross_entropy(logits, target.float())":
        lambda: F.cross_entropy(logits, target.float()),
}
for shown, call in others.items():
    try:
        call()
    except RuntimeError as e:
        print(f"{shown}\n  RuntimeError: {e}")
print("src.to(dst.dtype) cuts the fractions:", src.to(dst.dtype).tolist())
fixed = dst.to(src.dtype)
fixed[idx] = src
print("fixed, dst.to(src.dtype) before dst[idx] = src:", fixed.tolist())
# --8<-- [end:others]

# --8<-- [start:source]
# The check that prints it, in the installed torch's template of
# TensorMethods.cpp (the build generates the file from it)
import os

import torchgen

path = "packaged/ATen/templates/TensorMethods.cpp"
print("# torchgen/" + path)
with open(os.path.join(os.path.dirname(torchgen.__file__), path)) as f:
    lines = f.read().splitlines()
first = lines.index("// Verifies the requested type is the same as the "
                    "Tensor's type.")
last = lines.index("T* TensorBase::mutable_data_ptr() const {") + 4
for number in range(first + 1, last + 1):
    print(f"{number:5}  {lines[number - 1]}".rstrip())
# --8<-- [end:source]

# --8<-- [start:origin]
# Where a @ b raises it: a child Python, with the C++ location in messages
import re
import subprocess
import sys

code = "import torch\ntorch.ones(1, 2, 2).long() @ torch.ones(1, 2, 2)"
run = subprocess.run([sys.executable, "-c", code], capture_output=True,
                     text=True, env=dict(os.environ,
                                         TORCH_SHOW_CPP_STACKTRACES="1",
                                         TORCH_DISABLE_ADDR2LINE="1"))
where = re.search(r"raised from (\w+) at \S*/(\S+:\d+)", run.stderr)
caller = re.search(r"#\d+ (\S+ at::TensorBase::\w+<\w+>\(\) const)",
                   run.stderr)
print("a @ b: raised from", where[1], "at", where[2])
print("  called by", caller[1])
# --8<-- [end:origin]
