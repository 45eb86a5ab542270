# Adding an operator to native_functions.yaml: what torchgen, which ships in
# the wheel, makes of a new entry (run on a copy of the packaged YAML; the
# build of torch runs the same parser), and what it refuses.
import os
import shutil
import tempfile

import torchgen
from torchgen.api import python
from torchgen.api.types import CppSignatureGroup, NativeSignature
from torchgen.gen import parse_native_yaml

native = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                      "native")
ENTRY = """
- func: scale_by(Tensor self, float alpha) -> Tensor
  variants: function, method
  dispatch:
    CPU: scale_by_cpu
"""
BAD = """
- func: scale_by_(Tensor self, float alpha) -> Tensor
  variants: method
  dispatch:
    CPU: scale_by_cpu_
"""


def parse(entry):
    folder = tempfile.mkdtemp()
    shutil.copy(os.path.join(native, "tags.yaml"), folder)
    with open(os.path.join(native, "native_functions.yaml")) as f:
        text = f.read()
    with open(os.path.join(folder, "native_functions.yaml"), "w") as f:
        f.write(text + entry)              # the entry, at the end of the file
    try:
        return parse_native_yaml(os.path.join(folder, "native_functions.yaml"),
                                 os.path.join(folder, "tags.yaml"))
    finally:
        shutil.rmtree(folder)


parsed = parse(ENTRY)
f = next(f for f in parsed.native_functions if str(f.func.name) == "scale_by")
kernel = parsed.backend_indices[next(k for k, index in
                                     parsed.backend_indices.items()
                                     if index.has_kernel(f))].get_kernel(f)
print("schema:          ", f.func)
print(f"you write, in {kernel.cpp_namespace}:",
      NativeSignature(f.func, symint=False).decl(name=kernel.kernel))
print("C++ callers get: ", CppSignatureGroup.from_native_function(
    f, method=False).signature.decl())
print("Python gets:      torch." + python.signature(
    f, method=False, pyi=False).signature_str(skip_outputs=False),
    "| method:", "method" in str(f.variants).lower())

try:
    parse(BAD)
except AssertionError as e:
    print("an in-place entry without (a!):", str(e).splitlines()[0])
