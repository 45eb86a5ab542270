# What TORCH_LIBRARY expands to, and when its block runs: the macro defines a
# static object in your file; its constructor calls your block, when the
# library is loaded.
import runpy
import subprocess
import sys
from pathlib import Path

import torch

include = Path(torch.__file__).parent / "include"
header = (include / "torch" / "library.h").read_text()
start = header.index("#define TORCH_LIBRARY(ns, m)")
# the macro, from the installed header (without the spaces and backslash that
# end each of its lines)
macro = header[start:header.index("\n\n", start)]
print("\n".join(line.rstrip(" \\") for line in macro.splitlines()))

library = runpy.run_path("snippets/ops/extensions.py")["load_myops"]()
symbols = subprocess.run(["nm", "-C", library], capture_output=True,
                         text=True).stdout
print("\nin myops.so:")
for line in symbols.splitlines():
    if "TORCH_LIBRARY" in line:
        # its type (t: a function, b: an object) and name
        print(" ", line.split(" ", 1)[1])

# In a new process: the operator exists only once the library is loaded.
check = ("import sys, torch\n"
         "try:\n"
         "    torch.ops.myops.scaled_add\n"
         "except AttributeError as e:\n"
         "    print('before load_library:\\n  AttributeError:', e)\n"
         "torch.ops.load_library(sys.argv[1])\n"
         "op = torch.ops.myops.scaled_add\n"
         "print('after load_library:', op.default._schema)\n")
print(subprocess.run([sys.executable, "-c", check, library],
                     capture_output=True, text=True).stdout, end="")
