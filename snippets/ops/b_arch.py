# How TORCH_CUDA_ARCH_LIST becomes nvcc's -gencode flags: a CUDA extension
# is compiled for exactly these GPU architectures. Runs without a GPU.
import logging
import os

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" on
# importing cpp_extension where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

for value in ["8.9", "8.6 8.9+PTX", "Ampere", "8.6;", None]:
    if value is None:
        os.environ.pop("TORCH_CUDA_ARCH_LIST", None)
    else:
        os.environ["TORCH_CUDA_ARCH_LIST"] = value
    print(f"TORCH_CUDA_ARCH_LIST={value!r}")
    try:
        for flag in cpp_extension._get_cuda_arch_flags():
            print("  ", flag)
    except (ValueError, IndexError) as e:
        print(f"   {type(e).__name__}: {e}")
print("visible GPUs:", torch.cuda.device_count())
