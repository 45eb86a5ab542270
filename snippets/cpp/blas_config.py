# What sits below addmm on this CPU build: the libraries torch was built
# with, and where the BLAS routines live.
# --8<-- [start:config]
import ctypes
import os
import re

import torch

shown = ("Math Kernel Library", "MKL-DNN", "OpenMP", "LAPACK")
settings = ("BLAS_INFO", "LAPACK_INFO", "USE_MKL", "USE_MKLDNN",
            "USE_OPENMP", "USE_CUDA")
for line in torch.__config__.show().splitlines():
    if "Build settings:" in line:
        found = dict(re.findall(r"(\w+)=([^,]*)", line))
        print("  - Build settings (some):",
              ", ".join(f"{k}={found[k]}" for k in settings))
    elif any(s in line for s in shown):
        print(line)
# --8<-- [end:config]

# --8<-- [start:symbols]
print("mkl available:", torch.backends.mkl.is_available(),
      "| mkldnn available:", torch.backends.mkldnn.is_available(),
      "| cuda available:", torch.cuda.is_available())
lib_dir = os.path.join(os.path.dirname(torch.__file__), "lib")
print("BLAS-like libraries shipped in torch/lib:",
      [n for n in sorted(os.listdir(lib_dir))
       if re.search("mkl|blas|dnnl", n)])
libtorch_cpu = ctypes.CDLL(os.path.join(lib_dir, "libtorch_cpu.so"))
for symbol in ("sgemm_", "MKL_Get_Version_String", "cblas_sgemm",
               "openblas_get_config"):
    print(f"libtorch_cpu.so exports {symbol}: {hasattr(libtorch_cpu, symbol)}")
# --8<-- [end:symbols]
