# terminal: a kernel may have imported torch.utils.cpp_extension already
# CUDA_HOME is worked out once, as torch.utils.cpp_extension is imported,
# and only by a torch built with CUDA.
import logging
import os
import re
import sys

# torch logs "No CUDA runtime is found" as a warning: shown here on stdout
log = logging.getLogger("torch.utils.cpp_extension")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("  %(levelname)s %(message)s"))
log.addHandler(handler)
log.propagate = False

os.environ["CUDA_HOME"] = "/usr/local/cuda:/usr/local/cuda"  # set like PATH
import torch
from torch.utils import cpp_extension

print("torch.version.cuda:", torch.version.cuda)
print("cpp_extension.CUDA_HOME:", cpp_extension.CUDA_HOME)
try:
    print("nvcc would be", cpp_extension._join_cuda_home("bin", "nvcc"))
except OSError as e:
    print("OSError:", e)
try:  # what a setup.py's CUDAExtension does first: it needs CUDA's folders
    cpp_extension.CUDAExtension("ext", ["ext.cu"])
    print("CUDAExtension: made")
except OSError as e:
    print("CUDAExtension: OSError:", e)
try:  # what code that reads the CUDA version from torch.version.cuda does
    print("CUDA major version:", re.match(r"\d+", torch.version.cuda)[0])
except TypeError as e:
    print("TypeError:", e)
