# What BuildExtension checks before it compiles a .cu file: that nvcc's CUDA
# version is torch's, and that the C++ compiler is one that version of nvcc
# supports. Run on a stand-in nvcc that prints only its version, and with
# torch.version.cuda set as a torch built with CUDA 12.8 has it.
import logging
import os
import stat
import tempfile

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logger = logging.getLogger("torch.utils.cpp_extension")
logger.setLevel(logging.ERROR)
from torch.utils import cpp_extension
from torch.torch_version import TorchVersion

logger.setLevel(logging.WARNING)
logger.addHandler(logging.Handler())
logger.handlers[-1].emit = lambda r: print("  warning:", r.getMessage())
logger.propagate = False
torch.version.cuda = "12.8"


def check(nvcc_release, compiler, version):
    """BuildExtension's check, with a stand-in CUDA_HOME/bin/nvcc."""
    with tempfile.TemporaryDirectory() as home:
        nvcc = os.path.join(home, "bin", "nvcc")
        os.mkdir(os.path.dirname(nvcc))
        with open(nvcc, "w") as f:
            f.write("#!/bin/sh\necho 'Cuda compilation tools, release "
                    f"{nvcc_release}, V{nvcc_release}.0'\n")
        os.chmod(nvcc, stat.S_IRWXU)
        cpp_extension.CUDA_HOME = home
        print(f"nvcc {nvcc_release}, {compiler} {version}:")
        try:
            cpp_extension._check_cuda_version(compiler, TorchVersion(version))
            print("  passes")
        except RuntimeError as e:
            print("  RuntimeError:", e.args[0] % e.args[1:] if len(e.args) > 1
                  else e)


check("11.8", "g++", "12.2")  # another major version than torch's
check("12.6", "g++", "12.2")  # another minor version
check("12.8", "g++", "15.1")  # a g++ newer than nvcc 12.8 supports
check("12.8", "g++", "14.2")  # the fix: a g++ in the range
print("CUDA 12.8: g++ from", cpp_extension.CUDA_GCC_VERSIONS["12.8"][0],
      "to before", cpp_extension.CUDA_GCC_VERSIONS["12.8"][1])
