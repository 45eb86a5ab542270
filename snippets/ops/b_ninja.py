# terminal: builds with ninja and c++, and takes ninja off PATH
# "Ninja is required to load C++ extensions": load() runs `ninja --version`
# first, found on PATH or not at all, every time a process calls it.
# --8<-- [start:build]
import ctypes
import logging
import os
import shutil
import sys
import sysconfig
from pathlib import Path

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

# successful builds are kept in a folder of the repository, per torch
version = torch.__version__
os.environ["TORCH_EXTENSIONS_DIR"] = f".cache/torch_extensions/{version}"
source = Path(os.environ["TORCH_EXTENSIONS_DIR"], "answer.cpp")
source.parent.mkdir(parents=True, exist_ok=True)
code = 'extern "C" int answer() { return 42; }\n'
if not source.exists() or source.read_text() != code:
    source.write_text(code)  # rewritten, it would be compiled again


def load():
    return cpp_extension.load("b_answer", [str(source)],
                              is_python_module=False)


library = load()
ninja_folder = os.path.dirname(shutil.which("ninja"))
print("built, with ninja on PATH")
# --8<-- [end:build]
# --8<-- [start:fails]
# PATH without ninja's folder: a process an IDE, a notebook server or a job
# scheduler starts may not have the folders your shell adds
os.environ["PATH"] = os.pathsep.join(
    d for d in os.environ["PATH"].split(os.pathsep)
    if not os.path.isfile(os.path.join(d, "ninja")))
print("is_ninja_available():", cpp_extension.is_ninja_available())
cpp_extension.JIT_EXTENSION_VERSIONER.entries.clear()  # as in a new process
try:
    load()
except RuntimeError as e:
    print("RuntimeError:", e)
# the library is built already: loading it runs no ninja
torch.ops.load_library(library)  # for a Python module: import it
print("answer() from the built library:", ctypes.CDLL(library).answer())
# --8<-- [end:fails]
# --8<-- [start:fix]
# the fix: ninja's folder on PATH. pip install ninja puts the command in
# the environment's scripts folder, beside its python
scripts = sysconfig.get_path("scripts")
print("scripts folder is python's:",
      Path(scripts) == Path(sys.executable).parent)
# which a shell where you ran the environment's bin/activate has on PATH
with open(os.path.join(scripts, "activate")) as activate:
    path_line = next(line for line in activate if line.startswith("PATH="))
print("bin/activate:", path_line, end="")
os.environ["PATH"] = ninja_folder + os.pathsep + os.environ["PATH"]
print("is_ninja_available():", cpp_extension.is_ninja_available())
print("load() returned",
      os.path.relpath(load(), os.environ["TORCH_EXTENSIONS_DIR"]))
# --8<-- [end:fix]
