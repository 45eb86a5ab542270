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

# (path, what the chapter reads there, the commit the page reads its lines
# at: the one named beside them, or None where the page reads the wheel's
# copy or only names the file)
in_repo = [
    ("torch/csrc/Module.cpp", "`torch._C` itself, including `_add_docstr`",
     None),
    ("aten/src/ATen/native/native_functions.yaml",
     "the `linear` entry (`python_module: nn`)", None),
    ("tools/autograd/gen_python_functions.py",
     "the generator of the Python bindings "
     "(shipped as `torchgen/packaged/autograd/`)", None),
    ("tools/autograd/templates/python_nn_functions.cpp",
     "the template of `torch._C._nn`", None),
    ("tools/autograd/templates/python_torch_functions.cpp",
     "the template of the `torch` namespace's bindings", None),
    ("tools/autograd/templates/python_variable_methods.cpp",
     "the template of `Tensor`'s methods", None),
    ("tools/autograd/templates/python_return_types.h",
     "the one header among the binding templates", None),
    ("tools/autograd/deprecated.yaml",
     "the deprecated signatures the generator adds (`torch.add`'s)", None),
    ("torchgen/model.py", "`NativeFunction.from_yaml`, which decides when "
     "an entry gets a `CompositeImplicitAutograd` kernel", None),
    ("aten/src/ATen/native/tags.yaml",
     "the tags `native_functions.yaml` may use", None),
    ("aten/src/ATen/templates/RegisterSchema.cpp",
     "the template of the schema registrations (`get_gradients`)", None),
    ("aten/src/ATen/templates/RegisterDispatchKey.cpp",
     "the template of the per-key kernel registrations", None),
    ("tools/autograd/derivatives.yaml",
     "the derivative formulas (shipped as `torchgen/packaged/autograd/`)",
     None),
    ("torch/_C/_VariableFunctions.pyi.in",
     "the source of the `torch.add` type stubs", None),
    ("tools/pyi/gen_pyi.py", "the generator of those stubs", None),
    ("aten/src/ATen/core/dispatch/DispatchKeyExtractor.h",
     "where a call's keys meet the thread's include and exclude sets",
     None),
    ("aten/src/ATen/TensorSubclassLikeUtils.h", "`isTensorSubclassLike`",
     None),
    ("torch/headeronly/core/Dispatch.h",
     "the `AT_DISPATCH` switch that raises \"not implemented for\"", None),
    ("aten/src/ATen/functorch/PyTorchOperatorHacks.cpp",
     "`linear`'s `FuncTorchDynamicLayerFrontMode` kernel", None),
    ("aten/src/ATen/functorch/BatchRulesDecompositions.cpp",
     "`linear`'s `FuncTorchBatchedDecomposition` kernel", None),
    ("torch/_meta_registrations.py", "`relu`'s `Meta` kernel", None),
    ("torch/csrc/utils/python_arg_parser.h",
     "`PythonArgParser`, which the generated bindings use", None),
    ("aten/src/ATen/core/dispatch/OperatorEntry.cpp",
     "how the dispatcher fills an operator's table from its kernels",
     "0046a72"),
    ("aten/src/ATen/core/dispatch/ObservedOperators.cpp",
     "the operators the profiler does not record", "7d47882"),
    ("aten/src/ATen/native/Linear.cpp", "`at::native::linear`", "81735ee"),
    ("aten/src/ATen/native/LinearAlgebra.cpp",
     "`addmm`'s CPU kernel (`addmm_out_cpu`, `addmm_impl_cpu_`)", "b1b76f6"),
    ("aten/src/ATen/native/CPUBlas.cpp",
     "`at::native::cpublas::gemm`, which calls the BLAS library", "b9e9757"),
    ("aten/src/ATen/native/cuda/Blas.cpp", "`addmm`'s CUDA kernel",
     "960a684"),
    ("aten/src/ATen/cuda/CUDABlas.cpp", "the cuBLAS calls behind it", None),
    ("aten/src/ATen/native/Activation.cpp", "`at::native::relu`",
     "44a0764"),
    ("aten/src/ATen/native/ufunc/add.h", "`add`'s inner loop", "90f8c64"),
    ("aten/src/ATen/native/ReduceOps.cpp", "`sum`'s CPU kernel", None),
    ("aten/src/ATen/native/layer_norm.cpp",
     "`layer_norm_symint` and `layer_norm_cpu`", "3de78ed"),
    ("aten/src/ATen/native/SoftMax.cpp", "`softmax_cpu_out`", "5264465"),
    ("aten/src/ATen/ParallelNative.cpp",
     "the native intra-op thread pool's `set_num_threads`", "0734fe0"),
]
for path, what, quoted_at in in_repo:
    quoted = f"; lines read at commit `{quoted_at}`" if quoted_at else ""
    print(f"- [`{path}`]({base}/{path}): {what}{quoted}")
