# Where the generated bindings live: torch._C._VariableFunctions, the
# TensorBase methods, torch._C._nn, _linalg, _special, _fft; and the two
# native_functions.yaml fields that decide it.
import os

import torch
import torch.nn.functional as F
import torchgen
import torchgen.packaged.autograd.gen_python_functions as gen
import yaml

path = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                    "native", "native_functions.yaml")
lines = open(path, encoding="utf-8").read().splitlines()


def fields(func):
    """python_module and variants of the yaml entry '- func: <func>('."""
    start = next(i for i, line in enumerate(lines)
                 if line.startswith(f"- func: {func}("))
    entry = yaml.safe_load("\n".join(lines[start:lines.index("", start)]))[0]
    return entry.get("python_module", "-"), entry.get("variants", "function")


def holder(fn):
    owner = getattr(fn, "__self__", None)
    if getattr(torch._C._VariableFunctions, fn.__name__, None) is fn:
        return "torch._C._VariableFunctions"  # an object: see the end
    if type(fn).__name__ == "method_descriptor":
        return fn.__objclass__.__module__ + "." + fn.__objclass__.__name__
    return owner.__name__


print(f"{'Python name':24} {'defined on':28} {'__name__':19} python_module "
      "variants")
for shown, fn, func in (
        ("torch.add", torch.add, "add.Tensor"),
        ("torch.Tensor.add", torch.Tensor.add, "add.Tensor"),
        ("torch.conv2d", torch.conv2d, "conv2d"),
        ("F.linear", F.linear, "linear"),
        ("torch.linalg.vector_norm", torch.linalg.vector_norm,
         "linalg_vector_norm"),
        ("torch.special.erf", torch.special.erf, "special_erf"),
        ("torch.fft.fft", torch.fft.fft, "fft_fft")):
    module, variants = fields(func)
    print(f"{shown:24} {holder(fn):28} {fn.__name__:19} {module:13} "
          f"{variants}")
print("torch.Tensor.conv2d exists:", hasattr(torch.Tensor, "conv2d"))
print("torch.Tensor's C base class:", torch.Tensor.__mro__[1])
print("torch.linalg.vector_norm is torch._C._linalg.linalg_vector_norm:",
      torch.linalg.vector_norm is torch._C._linalg.linalg_vector_norm)
print("torch._VF (what F.dropout calls) wraps it:",
      torch._VF.dropout is torch._C._VariableFunctions.dropout)

variable_functions = torch._C._VariableFunctions
print("type(torch._C._VariableFunctions):", type(variable_functions))
print("  'add' in its class's __dict__ is a",
      type(vars(type(variable_functions))["add"]).__name__)

# not every operator gets a binding: the generator skips some names
module, variants = fields("convolution_backward")
print("convolution_backward: python_module", module, "| variants", variants)
print("  torch.convolution_backward exists:",
      hasattr(torch, "convolution_backward"))
print("  torch.ops.aten.convolution_backward:",
      torch.ops.aten.convolution_backward)
print("  the generator's skip patterns that match it:",
      [p.pattern for p in gen.SKIP_PYTHON_BINDINGS
       if p.match("convolution_backward")])
