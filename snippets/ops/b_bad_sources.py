# terminal: builds with ninja and c++, which a kernel may lack
# Three compile errors readers meet in extensions, each made by a line of
# C++ that includes no torch header, and each line's fix.
# --8<-- [start:build]
import logging
import os
import re
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

os.environ["LC_ALL"] = "C"  # the compiler's messages in English, plain quotes
# successful builds are kept in a folder of the repository, per torch
version = torch.__version__
os.environ["TORCH_EXTENSIONS_DIR"] = f".cache/torch_extensions/{version}"


def build(name, code, **options):
    """load() a one-file extension; print the compiler's error, if any."""
    source = Path(os.environ["TORCH_EXTENSIONS_DIR"], f"{name}.cpp")
    source.parent.mkdir(parents=True, exist_ok=True)
    if not source.exists() or source.read_text() != code:
        source.write_text(code)  # rewritten, it would be compiled again
    try:
        cpp_extension.load(name, [str(source)], is_python_module=False,
                           **options)
        print(f"{name!r}: built and loaded")
    except RuntimeError as e:
        for line in str(e).splitlines():
            if re.search(r"\berror\b", line):
                print(line.replace(str(source.resolve()), source.name))
# --8<-- [end:build]


# --8<-- [start:name]
# load() passes the name to the compiler: -DTORCH_EXTENSION_NAME=<name>,
# and PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) declares a C++ name with it
uses_name = "int TORCH_EXTENSION_NAME = 0;\n"
build("b_ext+cu121", uses_name)
print("'b_ext+cu121'.isidentifier():", "b_ext+cu121".isidentifier())
print("'class'.isidentifier():", "class".isidentifier())  # a C++ keyword
build(re.sub(r"[^A-Za-z0-9_]", "_", "b_ext+cu121"), uses_name)  # the fix
# --8<-- [end:name]
# --8<-- [start:pybind]
# PYBIND11_MODULE is a macro of pybind11's headers: without them, the
# compiler reads it as the name of a function and stops at its "("
module = "PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {}\n"
build("b_no_pybind", module)
# --8<-- [end:pybind]
# --8<-- [start:limited]
# py_limited_api=True compiles with Py_LIMITED_API defined: Python.h then
# leaves out what the stable ABI does not promise, Py_buffer among it
uses_buffer = "#include <Python.h>\nPy_buffer view;\n"
build("b_full_api", uses_buffer)
build("b_limited_api", uses_buffer,
      extra_cflags=["-DPy_LIMITED_API=0x030A0000"])
# --8<-- [end:limited]
