# Where the compiler finds torch's headers and Python's: the folders that
# load() and a CppExtension's build pass to it, and what a compile
# without them says. `c++ -M` only finds every header a source includes;
# it compiles none.
import os
import subprocess
import sysconfig

import logging

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

source = "#include <torch/extension.h>\n"
torch_dirs = ["-I" + path for path in cpp_extension.include_paths()]
python_dir = ["-I" + sysconfig.get_paths()["include"]]


def find_headers(label, flags):
    done = subprocess.run(["c++", "-std=c++20", "-M", "-x", "c++", "-",
                           *flags], input=source, capture_output=True,
                          text=True)
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    print(f"{label}: exit status {done.returncode}",
          *[error.split("error: ")[1] for error in errors[:1]], sep="\n  ")


find_headers("no folders", [])
find_headers("torch's folders", torch_dirs)
find_headers("torch's and Python's", torch_dirs + python_dir)
# the folders, relative to the installed torch and to Python's prefix
root = os.path.dirname(torch.__file__)
for path in cpp_extension.include_paths():
    print("torch:", os.path.relpath(path, root))
print("Python.h in sysconfig's include folder:", os.path.exists(
    os.path.join(sysconfig.get_paths()["include"], "Python.h")))
# for CMake: find_package(Torch) looks under this prefix
print("torch.utils.cmake_prefix_path:",
      os.path.relpath(torch.utils.cmake_prefix_path, root))
