# terminal: a kernel that ran this chapter's earlier cells has imported it
# `import torch` does not import torch.utils.cpp_extension: a setup.py that
# names torch.utils.cpp_extension after only `import torch` fails.
import logging

import torch

# a CUDA build of torch without a GPU warns "No CUDA runtime is found" as
# cpp_extension is imported, where it finds a CUDA toolkit: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)

try:
    torch.utils.cpp_extension.CppExtension
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")

import torch.utils.cpp_extension  # the fix (or: from torch.utils import ...)

print("after the import:", torch.utils.cpp_extension.CppExtension.__name__)
