# C++ names from old extensions: which headers and macros this torch has.
import logging
import pathlib
import re

import torch

# A CUDA build without a CUDA runtime logs that it found none; not ours.
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils.cpp_extension import include_paths  # noqa: E402

root = pathlib.Path(torch.__file__).parent
dirs = [pathlib.Path(p) for p in include_paths()]  # what -I gets
print("-I", ", ".join(d.relative_to(root).as_posix() for d in dirs))


def include(header):
    """Where #include <header> is found, as the compiler looks."""
    for d in dirs:
        if (d / header).is_file():
            return (d / header).relative_to(root).as_posix()
    return "absent"


for header in ["torch/tensor.h", "torch/serialize/tensor.h",
               "torch/extension.h", "TH/TH.h", "THC/THC.h",
               "ATen/ATen.h"]:
    print(f"#include <{header}>".ljust(36), include(header))


def defined(macro):
    """The headers that #define a macro."""
    pattern = re.compile(rf"#\s*define\s+{macro}\(")
    files = {f.relative_to(root).as_posix() for d in dirs
             for f in d.rglob("*.h") if pattern.search(f.read_text())}
    return ", ".join(sorted(files)) or "defined nowhere"


for macro in ["AT_CHECK", "TORCH_CHECK"]:
    print(f"{macro:12}", defined(macro))

body = (dirs[0] / "ATen/core/TensorBody.h").read_text()
for message in re.findall(r'C10_DEPRECATED_MESSAGE\("(Tensor\.(?:data<T>|'
                          r'type)\(\)[^"]*)"\)', body):
    print("deprecated:", message)
