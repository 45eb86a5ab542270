# terminal: builds with ninja and c++, which a kernel may lack
# A torch.Tensor is a Python object holding one at::Tensor; a C++ function
# bound with pybind11 that takes at::Tensor receives it, and an at::Tensor it
# returns comes back as a torch.Tensor. Variable is the same class.
import runpy
from pathlib import Path

import numpy as np
import torch

# the helpers of chapter 6: where extensions are built, and cpp_extension
# imported without the CUDA warning a CUDA build of torch logs
helpers = runpy.run_path("snippets/ops/extensions.py")
cpp_extension = helpers["cpp_extension"]
folder = helpers["build_directory"]("at_tensor")
folder.mkdir(parents=True, exist_ok=True)
ext = cpp_extension.load("at_tensor", ["snippets/cpp/at_tensor.cpp"],
                         build_directory=str(folder), extra_cflags=["-O1"])

x = torch.ones(2, requires_grad=True)
y = ext.same(x)           # C++ got x's at::Tensor and returned it
print("ext.same(x) is x:", y is x)
assert y is x
made = ext.make()         # an at::Tensor made in C++
print("ext.make():", made, type(made).__name__)

v = torch.autograd.Variable(torch.ones(2))
print("torch.autograd.Variable(...) makes a", type(v).__name__,
      "| isinstance(x, Variable):", isinstance(x, torch.autograd.Variable))

try:
    ext.same(np.ones(2))
except TypeError as e:
    print("a NumPy array: TypeError:", str(e).splitlines()[0])
print("ext.same(torch.from_numpy(...)):",
      ext.same(torch.from_numpy(np.ones(2))))

# without pybind11: the header's functions that unpack and wrap
include = Path(torch.__file__).parent / "include" / "torch" / "csrc"
header = (include / "autograd" / "python_variable.h").read_text()
for line in header.splitlines():
    if line.startswith(("inline const at::Tensor& THPVariable_Unpack(PyObject",
                        "TORCH_PYTHON_API PyObject* THPVariable_Wrap(const")):
        print(line)
