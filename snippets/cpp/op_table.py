# Which aten ops nn.Linear runs for each kind of input, recorded with a
# TorchDispatchMode, next to the branch of at::native::linear (the excerpt in
# snippets/cpp/native_linear.cpp) that predicts them.
# --8<-- [start:record]
import re

import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    """Notes every aten op that reaches the Python key, then runs it."""

    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name, overload = func.overloadpacket.__name__, func._overloadname
        if overload != "default":
            name = f"{name}.{overload}"
        self.ops.append(name)
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
inputs = {
    "1-D (3,)": torch.randn(3),
    "2-D (4, 3)": torch.randn(4, 3),
    "2-D transposed": torch.randn(3, 4).t(),
    "3-D (2, 4, 3)": torch.randn(2, 4, 3),
    "3-D transposed": torch.randn(4, 2, 3).transpose(0, 1),
    "4-D (2, 2, 4, 3)": torch.randn(2, 2, 4, 3),
}
# --8<-- [end:record]


# --8<-- [start:predict]
def predicted_branch(x, weight, bias, flatten_3d=False):
    """The branch of at::native::linear that x takes, by the excerpt's
    conditions in the excerpt's order: (name, a piece of its code).
    flatten_3d: TORCH_LINEAR_FLATTEN_3D=1 was set before the first call."""
    if bias is not None and x.dim() == 2:
        return "2-D with bias", "return at::addmm(*bias, input, weight.t());"
    if bias is not None and x.is_contiguous() and x.dim() == 3:
        return "contiguous 3-D", "if (input.is_contiguous() && input_dim == 3)"
    if (bias is not None and x.is_contiguous() and x.layout == torch.strided
            and weight.layout == torch.strided and bias.dim() == 1):
        return ("contiguous, strided, 1-D bias",
                "} else if (input.is_contiguous() && input.layout() ==")
    if bias is not None and flatten_3d and x.dim() == 3:
        return ("forced flatten, 3-D",
                "(parseLinearFlatten3d() && input_dim == 3)")
    if bias is not None:
        # under a dispatch mode isTensorSubclassLike is true: out-of-place add
        return "matmul, then add", "output = at::add(output, *bias);"
    return "matmul, no bias", "auto output = at::matmul(input, weight.t());"


def ops_fit(branch, ops):
    """The ops each branch must produce (reshaping a contiguous input is a
    view; _flatten_nd_linear is reshape, addmm, view)."""
    if branch == "2-D with bias":
        return ops == ["t", "addmm"]
    if branch in ("contiguous 3-D", "contiguous, strided, 1-D bias"):
        return ops == ["view", "t", "addmm", "view"]
    if branch == "forced flatten, 3-D":  # input.contiguous() copies: clone
        return ops == ["clone", "view", "t", "addmm", "view"]
    no_addmm = ops[0] == "t" and "addmm" not in ops
    if branch == "matmul, then add":
        return no_addmm and ops[-1] == "add.Tensor"
    return no_addmm and not any(op.startswith("add") for op in ops)
# --8<-- [end:predict]


# --8<-- [start:table]
excerpt = open("snippets/cpp/native_linear.cpp", encoding="utf-8").read()
header, quoted = excerpt.split("\n\n", 1)
first_line = int(re.search(r"lines:\s+(\d+)-", header)[1])
# a line ending in a backslash continues on the next (see the excerpt's header)
body = re.sub(r"\\\n[ \t]*", "", quoted).splitlines()


def linear_cpp_line(code):
    """Line number in Linear.cpp of the one excerpt line containing code."""
    hits = [i for i, line in enumerate(body) if code in line]
    assert len(hits) == 1, f"{code!r} found {len(hits)} times in the excerpt"
    return first_line + hits[0]


print("| input to `nn.Linear(3, 2)` | Linear.cpp branch (line) "
      "| aten ops under a dispatch mode | grad_fn |")
print("|---|---|---|---|")
agree = 0
for has_bias in (True, False):
    lin = nn.Linear(3, 2, bias=has_bias)
    for label, x in inputs.items():
        with RecordOps() as rec:
            y = lin(x)
        branch, code = predicted_branch(x, lin.weight, lin.bias)
        fits = ops_fit(branch, rec.ops)
        agree += fits
        mismatch = "" if fits else ": **other ops ran**"
        print(f"| {label}, {'bias' if has_bias else 'no bias'} "
              f"| {branch} (L{linear_cpp_line(code)}){mismatch} "
              f"| `{', '.join(rec.ops)}` | `{y.grad_fn.name()}` |")
print()
print(f"{agree} of {2 * len(inputs)} rows run the ops that their Linear.cpp "
      f"branch predicts.")
assert agree == 2 * len(inputs)
# --8<-- [end:table]

# --8<-- [start:bias-shapes]
import torch.nn.functional as F

x4 = inputs["4-D (2, 2, 4, 3)"]  # contiguous, so only the bias decides
w = torch.randn(2, 3)
biases = {"(2,)": torch.randn(2), "(1, 2)": torch.randn(1, 2),
          "(4, 2)": torch.randn(4, 2), "(1, 1, 2)": torch.randn(1, 1, 2)}
print("| bias | the excerpt's branch (line) | aten ops under a dispatch "
      "mode | ops fit the branch | without a first `squeeze` |")
print("|---|---|---|---|---|")
recorded, errors = {}, {}
for label, bias in biases.items():
    branch, code = predicted_branch(x4, w, bias)
    with RecordOps() as rec:
        try:
            F.linear(x4, w, bias)
        except RuntimeError as e:
            errors[label] = e
    recorded[label] = ops = rec.ops
    shown = ", ".join(ops) + (", then RuntimeError" if label in errors else "")
    rest = ops[1:] if ops[0] == "squeeze" else ops
    print(f"| `{label}` | {branch} (L{linear_cpp_line(code)}) | `{shown}` "
          f"| {ops_fit(branch, ops)} | {ops_fit(branch, rest)} |")
print()
for label, e in errors.items():
    print(f"- `F.linear` with the `{label}` bias: `RuntimeError: {e}`")
flatten = ["view", "t", "addmm", "view"]
assert recorded["(2,)"] == flatten
assert recorded["(1, 2)"] == ["squeeze"] + flatten
assert recorded["(4, 2)"] == ["squeeze", "t", "view", "mm", "_unsafe_view",
                              "add.Tensor"]
assert recorded["(1, 1, 2)"] == ["squeeze"] + flatten[:3]
y = torch.matmul(x4, w.t()) + biases["(1, 1, 2)"]
print(f"- `matmul`, then `add` (the excerpt's branch) with that bias: shape "
      f"`{tuple(y.shape)}`")
# --8<-- [end:bias-shapes]

# --8<-- [start:routes]
import os
import subprocess
import sys

# Each case: the input and the bias, as expressions so that a fresh process
# can build them, and TORCH_LINEAR_FLATTEN_3D, unset (None) or set to "1".
cases = [
    ("torch.randn(2, 4, 3)", "torch.randn(4)[::2]", None),
    ("torch.randn(2, 2, 4, 3)", "torch.randn(4)[::2]", None),
    ("torch.randn(2, 4, 3)", "torch.randn(4, 2)", None),
    ("torch.randn(2, 4, 2, 3).transpose(1, 2)", "torch.randn(2)", None),
    ("torch.randn(2, 4, 2, 3).transpose(1, 2)", "torch.randn(2)", "1"),
    ("torch.randn(6)[::2]", "torch.randn(2)", None),
    ("torch.randn(6)[::2]", "torch.randn(2)", "1"),
    ("torch.randn(4, 2, 3).transpose(0, 1)", "torch.randn(2)", "1"),
    ("torch.randn(4, 2, 3).transpose(0, 1)", "torch.randn(4)[::2]", "1"),
]
# Linear.cpp reads the variable once per process, so each setting runs its
# cases in a fresh process, which records them as RecordOps does.
child = """
import sys
import torch
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name, overload = func.overloadpacket.__name__, func._overloadname
        if overload != "default":
            name = f"{name}.{overload}"
        self.ops.append(name)
        return func(*args, **(kwargs or {}))


w = torch.randn(2, 3)
for x, bias in zip(sys.argv[1::2], sys.argv[2::2]):
    x, bias = eval(x), eval(bias)  # built before the recording starts
    with RecordOps() as rec:
        y = torch.nn.functional.linear(x, w, bias)
    print(", ".join(rec.ops) + "|" + str(tuple(y.shape)))
"""
unset = {k: v for k, v in os.environ.items()
         if k != "TORCH_LINEAR_FLATTEN_3D"}
recorded = {}
for flag in (None, "1"):
    mine = [(x, b) for x, b, f in cases if f == flag]
    env = unset if flag is None else {**unset, "TORCH_LINEAR_FLATTEN_3D": flag}
    run = subprocess.run([sys.executable, "-c", child,
                          *[e for pair in mine for e in pair]],
                         env=env, capture_output=True, text=True, check=True)
    for pair, line in zip(mine, run.stdout.splitlines()):
        ops, shape = line.split("|")
        recorded[*pair, flag] = ops.split(", "), shape

print("| input | bias | `TORCH_LINEAR_FLATTEN_3D` | the excerpt's branch "
      "(line) | aten ops under a dispatch mode | ops fit the branch "
      "| output shape |")
print("|---|---|---|---|---|---|---|")
fits = []
for x_code, bias_code, flag in cases:
    x, bias = eval(x_code), eval(bias_code)
    branch, code = predicted_branch(x, w, bias, flatten_3d=flag == "1")
    ops, shape = recorded[x_code, bias_code, flag]
    fits.append(ops_fit(branch, ops))
    print(f"| `{x_code}` | `{bias_code}` | {flag or 'unset'} "
          f"| {branch} (L{linear_cpp_line(code)}) | `{', '.join(ops)}` "
          f"| {fits[-1]} | `{shape}` |")
print()
x3, bias = torch.randn(2, 4, 3), torch.randn(4, 2)
try:  # the excerpt's route for that input: _flatten_nd_linear
    torch.addmm(bias, x3.reshape(8, 3), w.t())
except RuntimeError as e:
    print(f"- `_flatten_nd_linear`'s `addmm` with the 3-D input and the "
          f"`(4, 2)` bias: `RuntimeError: {e}`")
assert fits == [False, False, False, True, False, True, False, True, False]
# --8<-- [end:routes]
