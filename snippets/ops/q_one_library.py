# A namespace is defined by one TORCH_LIBRARY block (or one Library "DEF")
# in a process: a second one is refused, and a second copy of a library
# that holds one ends the process while it loads.
import os
import runpy
import shutil
import subprocess
import sys
import tempfile

import torch

library = runpy.run_path("snippets/ops/extensions.py")["load_myops"]()
try:  # a second definition of the namespace myops, from Python
    torch.library.Library("myops", "DEF")
except RuntimeError as e:
    print("RuntimeError:", str(e).split(";")[0])
torch.ops.load_library(library)  # the same file again: nothing happens
print("the same file loaded again:", torch.ops.myops.scaled_add)
# the fix for a namespace defined in several places: fragments
fragment = torch.library.Library("myops", "FRAGMENT")
fragment.define("twice(Tensor x) -> Tensor")
fragment.impl("twice", lambda x: 2 * x, "CPU")
print("a FRAGMENT adds myops::twice:", torch.ops.myops.twice(torch.ones(2)))

# a copy of the library, at another path: loaded in a new process after
# the original, its TORCH_LIBRARY block runs again, and throws while the
# library is being loaded, where nothing can catch it
with tempfile.TemporaryDirectory() as folder:
    copy = shutil.copy(library, os.path.join(folder, "myops_copy.so"))
    child = subprocess.run(
        [sys.executable, "-c", "import sys, torch\n"
         "torch.ops.load_library(sys.argv[1])\n"
         "torch.ops.load_library(sys.argv[2])\n", library, copy],
        capture_output=True, text=True)
    print("a copy loaded after it: exit status", child.returncode)
    for line in child.stderr.splitlines()[:2]:
        print("  ", line.split(";")[0])
