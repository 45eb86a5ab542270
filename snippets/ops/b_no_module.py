# terminal: builds with ninja and c++
# ModuleNotFoundError for an extension that was built: Python imports a
# module from the folders of sys.path, and only a file whose name ends with
# one of this Python's extension suffixes.
import importlib.machinery
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

setup_py = """\
from torch.utils.cpp_extension import BuildExtension, CppExtension
from setuptools import setup

setup(name="answer", cmdclass={"build_ext": BuildExtension},
      ext_modules=[CppExtension("answer", ["answer.cpp"])])
"""
# the smallest Python module in C++: Python.h only, no torch header
answer_cpp = """\
#include <Python.h>
static PyModuleDef answer = {PyModuleDef_HEAD_INIT, "answer"};
PyMODINIT_FUNC PyInit_answer() { return PyModule_Create(&answer); }
"""


def run(*arguments):
    return subprocess.run([sys.executable, *arguments], cwd=project,
                          capture_output=True, text=True)


def try_import(label):
    done = run("-c", "import torch, answer; print('imported', answer)")
    print(f"{label}:", (done.stdout or done.stderr).splitlines()[-1]
          .replace(project + os.sep, ""))


with tempfile.TemporaryDirectory() as project:
    Path(project, "setup.py").write_text(setup_py)
    Path(project, "answer.cpp").write_text(answer_cpp)
    run("setup.py", "build_ext")  # into build/lib.<platform>-<python>/
    built = next(Path(project, "build").glob("lib*/answer*"))
    print("built:", built.relative_to(project))
    try_import("after build_ext")
    run("setup.py", "build_ext", "--inplace")  # the fix: next to setup.py
    try_import("after build_ext --inplace")
    # a library built for another Python: the suffix names its version
    inplace = next(Path(project).glob("answer*.so"))
    print("this Python imports:", importlib.machinery.EXTENSION_SUFFIXES)
    other = Path(project, "answer.cpython-310-x86_64-linux-gnu.so")
    shutil.move(inplace, other)
    try_import("built for Python 3.10")
