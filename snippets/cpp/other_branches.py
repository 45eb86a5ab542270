# The branches of at::native::linear that ordinary inputs don't reach: the
# 0-D check, mkldnn tensors, and flattening forced by an environment variable.
# --8<-- [start:zero-d]
import os
import subprocess
import sys

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode


class RecordOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops.append(str(func))
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
lin = nn.Linear(3, 2)
for x, w in ((torch.tensor(1.0), lin.weight),
             (torch.randn(3), torch.tensor(2.0))):
    try:
        F.linear(x, w)
    except RuntimeError as e:
        print("RuntimeError:", e)
# --8<-- [end:zero-d]

# --8<-- [start:mkldnn]
# to_mkldnn: the opaque layout that oneDNN (formerly MKL-DNN) works in
x = torch.randn(4, 3).to_mkldnn()
with torch.no_grad(), RecordOps() as rec:
    y = lin(x)
print("mkldnn input:", rec.ops, "->", y.layout)
# --8<-- [end:mkldnn]

# --8<-- [start:env]
# Linear.cpp reads the variable once per process, the first time that branch
# is reached, so each case runs in a fresh process.
code = """
import os, torch
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2)
x = torch.randn(4, 2, 3).transpose(0, 1)
first = lin(x).grad_fn.name()
os.environ["TORCH_LINEAR_FLATTEN_3D"] = "1"
print(first + ",", lin(x).grad_fn.name())
"""
print("TORCH_LINEAR_FLATTEN_3D=1, two calls on a 3-D transposed input:")
unset = {k: v for k, v in os.environ.items()
         if k != "TORCH_LINEAR_FLATTEN_3D"}
for when, env in (("before", {**unset, "TORCH_LINEAR_FLATTEN_3D": "1"}),
                  ("after", unset)):
    run = subprocess.run([sys.executable, "-c", code], env=env,
                         capture_output=True, text=True, check=True)
    print(f"  set {when} the first call: {run.stdout.strip()}")
# --8<-- [end:env]

# --8<-- [start:fw-grad]
import warnings

import torch.autograd.forward_ad as fwAD

os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr
x3t = torch.randn(4, 2, 3).transpose(0, 1)  # takes branch 6


def ops_under_linear(bias):
    """The ops aten::linear calls directly, as the profiler records them."""
    with torch.profiler.profile() as prof:
        F.linear(x3t, lin.weight.detach(), bias)
    linear = next(e for e in prof.events() if e.name == "aten::linear")
    return [child.name for child in linear.cpu_children]


bias = lin.bias.detach()
print("plain bias:             ", ops_under_linear(bias))
with fwAD.dual_level():  # forward-mode AD: the bias carries a tangent
    with warnings.catch_warnings():
        # the first make_dual loads decompositions with torch.jit.script,
        # which warns that it is deprecated
        warnings.simplefilter("ignore")
        dual = fwAD.make_dual(bias, torch.ones(2))
    print("bias with a _fw_grad:   ", ops_under_linear(dual))
# --8<-- [end:fw-grad]
