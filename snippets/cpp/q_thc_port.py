# terminal: builds with ninja and c++, which a kernel may lack
# THC names that old extensions use, and what the installed headers have in
# their place: each old name is in no header's code, each new one is declared
# where the table says. Then the part a CPU can compile, built and called.
import logging
import re
import runpy
from pathlib import Path

import torch

logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
include = Path(torch.__file__).parent / "include"


def code(path):
    """A header's text without its comments."""
    text = path.read_text(errors="replace")
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)


headers = {p: code(p) for p in include.rglob("*") if p.suffix in
           (".h", ".cuh", ".hpp")}


def declaring(name, header, depth=2):
    """The header that declares `name` (a function, or a macro with
    arguments): `header` itself, or one it includes, up to depth levels."""
    text = headers[include / header]
    if re.search(rf"(#\s*define\s+{name}\(|\b{name}\s*\()", text):
        return header
    for included in re.findall(r"#\s*include\s*<([^>]+)>", text):
        if depth and (include / included) in headers:
            found = declaring(name, included, depth - 1)
            if found:
                return f"{header} -> {found}"
    return None


PORT = [  # old name, what replaces it, the header that declares it
    ("THCudaCheck", "C10_CUDA_CHECK", "c10/cuda/CUDAException.h"),
    ("THCCeilDiv", "at::ceil_div", "ATen/ceil_div.h"),
    ("THCudaMalloc", "c10::cuda::CUDACachingAllocator::raw_alloc",
     "c10/cuda/CUDACachingAllocator.h"),
    ("THCudaFree", "c10::cuda::CUDACachingAllocator::raw_delete",
     "c10/cuda/CUDACachingAllocator.h"),
    ("THCState_getCurrentStream", "c10::cuda::getCurrentCUDAStream",
     "c10/cuda/CUDAStream.h"),
    ("THCState", "(nothing: drop the argument)", None),
]
for old, new, header in PORT:
    users = [p for p, t in headers.items() if re.search(rf"\b{old}\b", t)]
    assert not users, (old, users)
    where = header and declaring(new.split("::")[-1], header)
    assert where or not header, (new, header)
    print(f"{old:26} absent -> {new}" + (f"\n{'':36}[{where}]" if header
                                          else ""))

kept = (include / "THC/THCAtomics.cuh").exists()  # forwards, if there
print(f"THC/THCAtomics.cuh         {'kept' if kept else 'absent'} ->",
      "gpuAtomicAdd, atomicAdd")
where = {declaring(n, "ATen/cuda/Atomic.cuh")
         for n in ("gpuAtomicAdd", "atomicAdd")}
assert len(where) == 1 and None not in where, where  # both, in one header
print(f"{'':36}[{where.pop()}]")

# the table's c10/cuda headers include c10/cuda/CUDAMacros.h, which
# includes this generated header: a CPU-only wheel does not ship it
macros = include / "c10/cuda/impl/cuda_cmake_macros.h"
print("\nc10/cuda/impl/cuda_cmake_macros.h:",
      "present" if macros.exists() else "absent")
assert macros.exists() == (torch.version.cuda is not None)

# What compiles without nvcc: at::ceil_div and TORCH_CHECK, in an operator
runpy.run_path("snippets/ops/extensions.py")["build"](
    "thc_port", "snippets/cpp/thc_port.cpp")
blocks = torch.ops.thc_port.blocks
print("\nblocks(1000, 256) =", blocks(1000, 256))
assert blocks(1000, 256) == 4 and blocks(1024, 256) == 4
try:
    blocks(1000, 0)
except RuntimeError as e:
    print(f"blocks(1000, 0): {type(e).__name__}: {str(e).splitlines()[0]}")
