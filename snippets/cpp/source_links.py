# Every source file this chapter walks through, as permalinks at the commit
# the installed torch was built from.
import inspect
import os

import torch
import torch.nn.functional as F
from torch import nn

base = f"https://github.com/pytorch/pytorch/blob/{torch.version.git_version}"
# the wheel's torch/ mirrors the repository's torch/ folder
torch_root = os.path.dirname(os.path.dirname(torch.__file__))

lines, start = inspect.getsourcelines(nn.Linear.forward)
path = os.path.relpath(inspect.getsourcefile(nn.Linear), torch_root)
anchor = f"L{start}-L{start + len(lines) - 1}"
print(f"- [`{path}#{anchor}`]({base}/{path}#{anchor}): "
      f"`nn.Linear.forward` calls `F.linear`")
path = os.path.relpath(inspect.getsourcefile(F), torch_root)
with open(inspect.getsourcefile(F), encoding="utf-8") as f:
    number = f.read().splitlines().index("linear = _add_docstr(") + 1
print(f"- [`{path}#L{number}`]({base}/{path}#L{number}): "
      f"`linear = _add_docstr(torch._C._nn.linear, ...)`")

in_repo = [
    ("torch/csrc/Module.cpp", "`torch._C` itself, including `_add_docstr`"),
    ("aten/src/ATen/native/native_functions.yaml",
     "the `linear` entry (`python_module: nn`)"),
    ("tools/autograd/gen_python_functions.py",
     "the generator of the Python bindings "
     "(shipped as `torchgen/packaged/autograd/`)"),
    ("tools/autograd/templates/python_nn_functions.cpp",
     "the template of `torch._C._nn`"),
    ("torch/csrc/utils/python_arg_parser.h",
     "`PythonArgParser`, which the generated bindings use"),
    ("aten/src/ATen/core/dispatch/OperatorEntry.cpp",
     "how the dispatcher fills an operator's table from its kernels"),
    ("aten/src/ATen/native/Linear.cpp", "`at::native::linear`"),
    ("aten/src/ATen/native/LinearAlgebra.cpp",
     "`addmm`'s CPU kernel (`addmm_out_cpu`, `addmm_impl_cpu_`)"),
    ("aten/src/ATen/native/CPUBlas.cpp",
     "`at::native::cpublas::gemm`, which calls the BLAS library"),
    ("aten/src/ATen/native/cuda/Blas.cpp", "`addmm`'s CUDA kernel"),
    ("aten/src/ATen/cuda/CUDABlas.cpp", "the cuBLAS calls behind it"),
]
for path, what in in_repo:
    print(f"- [`{path}`]({base}/{path}): {what}")
