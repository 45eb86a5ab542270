# Two mistakes of spelling that stop a build before any compiler runs: a
# setup.py command that does not exist, and a keyword load() does not take.
# --8<-- [start:keyword]
import inspect
import logging
import warnings

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

# the keywords load() takes in this torch
print(list(inspect.signature(cpp_extension.load).parameters))
try:  # a keyword it does not take: refused before anything is built
    cpp_extension.load("demo", ["demo.cu"], extra_cuda_flags=["-O3"])
except TypeError as e:
    print(f"TypeError: {e}")
# CppExtension and CUDAExtension pass unknown keywords on to setuptools,
# which only warns; their flags go in extra_compile_args
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    cpp_extension.CppExtension("demo", ["demo.cpp"],
                               extra_cuda_cflags=["-O3"])
print(type(caught[0].message).__name__ + ":",
      " ".join(str(caught[0].message).split()))
# --8<-- [end:keyword]
# --8<-- [start:command]
import subprocess
import sys
import tempfile
from pathlib import Path

setup_py = """\
from torch.utils.cpp_extension import BuildExtension
from setuptools import setup

setup(name="demo", cmdclass={"build_ext": BuildExtension})
"""


def setup(*arguments):
    """Run `python setup.py <arguments>` in the project; return its run."""
    return subprocess.run([sys.executable, "setup.py", *arguments],
                          cwd=project, capture_output=True, text=True)


with tempfile.TemporaryDirectory() as project:
    Path(project, "setup.py").write_text(setup_py)
    misspelt = setup("build_exit", "--inplace")
    print("exit status", misspelt.returncode, "and, last:",
          misspelt.stderr.splitlines()[-1])
    # the commands this setup.py knows, as --help-commands lists them
    for line in setup("--help-commands").stdout.splitlines():
        if line.split()[:1] in (["build_ext"], ["bdist_wheel"]):
            print(line)
    fixed = setup("build_ext", "--inplace")
    print("build_ext --inplace: exit status", fixed.returncode)
# --8<-- [end:command]
