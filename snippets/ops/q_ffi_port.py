# terminal: builds with ninja and c++, which a kernel may lack
# torch.utils.ffi is gone: what this torch lacks of it, and an ffi-style C
# function ported to an operator built with cpp_extension.
import runpy
import subprocess
from pathlib import Path

import torch

try:
    from torch.utils.ffi import create_extension  # noqa: F401
except ImportError as e:
    print(f"{type(e).__name__}: {e}")

root = Path(torch.__file__).parent
print("TH/TH.h, THC/THC.h among its headers:",
      [(root / "include" / h).exists() for h in ("TH/TH.h", "THC/THC.h")])
# ffi's CUDA extensions used a global THCState* named `state`
defined = set()
for library in sorted(root.glob("lib/*.so*")):
    symbols = subprocess.run(["nm", "-D", "--defined-only", library],
                             capture_output=True, text=True).stdout
    defined |= {line.split()[-1] for line in symbols.splitlines() if line}
print("a library of this torch defines `state`:", "state" in defined)

# the port: snippets/ops/ffi_port.cpp, built and loaded
runpy.run_path("snippets/ops/extensions.py")["build"](
    "ffi_port", "snippets/ops/ffi_port.cpp")


class MyAddFunction(torch.autograd.Function):  # the ffi example's Function
    @staticmethod
    def forward(ctx, input1, input2):
        return torch.ops.ffi_port.add_forward(input1, input2)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output, grad_output


a = torch.ones(3, requires_grad=True)
b = torch.arange(3.0, requires_grad=True)
out = MyAddFunction.apply(a, b)
out.sum().backward()
assert torch.equal(out, a + b) and torch.equal(b.grad, torch.ones(3))
print("ported add_forward:", out.detach(), "| b.grad:", b.grad)
try:
    torch.ops.ffi_port.add_forward(a, torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
