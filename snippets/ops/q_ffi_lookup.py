# terminal: builds with ninja and c++, which a kernel may lack
# What another loader (ctypes here) finds in a library of operators: the
# operator's name is in the dispatcher, not among the library's symbols.
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import torch

library = runpy.run_path("snippets/ops/extensions.py")["build"](
    "ffi_demo", "snippets/ops/ffi_demo.cpp")

symbols = subprocess.run(["nm", "-D", "-C", "--defined-only", library],
                         capture_output=True, text=True).stdout
print("exported symbols naming twice:")
for line in symbols.splitlines():
    if "twice" in line:
        print(" ", line.split(" ", 1)[1])

# the libraries it needs, by file name, and whether it records where to look
dynamic = subprocess.run(["readelf", "-d", library], capture_output=True,
                         text=True).stdout
print("needs:", re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic)[:2],
      "| a search path recorded:", "RPATH" in dynamic or "RUNPATH" in dynamic)

# Each run below is a new process, as another program loading it would be.
without_torch = ("import ctypes, sys\n"
                 "try:\n"
                 "    ctypes.CDLL(sys.argv[1])\n"
                 "except OSError as e:\n"
                 "    e = str(e).replace(sys.argv[1], '<library>')\n"
                 "    print('  OSError:', e)\n")
with_torch = ("import ctypes, sys, torch\n"
              "lib = ctypes.CDLL(sys.argv[1])   # its static objects run\n"
              "names = ['twice', 'ffi_demo::twice', 'ffi_demo_has_twice']\n"
              "for name in names:\n"
              "    print(f'  lib[{name!r}]:', end=' ')\n"
              "    try:\n"
              "        print('found, returns', lib[name]())\n"
              "    except AttributeError:\n"
              "        print('AttributeError, no such symbol')\n"
              "print('  torch.ops.ffi_demo.twice:',\n"
              "      torch.ops.ffi_demo.twice(torch.ones(2)))\n")
torch_lib = str(Path(torch.__file__).parent / "lib")
loaded = without_torch + "else:\n    print('  loaded')\n"
for title, code, env in [
        ("ctypes.CDLL, torch not imported:", without_torch, {}),
        ("the same, LD_LIBRARY_PATH=<torch>/lib:", loaded,
         {"LD_LIBRARY_PATH": torch_lib}),
        ("ctypes.CDLL after import torch:", with_torch, {})]:
    print(title)
    print(subprocess.run([sys.executable, "-c", code, library],
                         env={**os.environ, **env},
                         capture_output=True, text=True).stdout, end="")
