# The C++ operator from Python: build and load snippets/ops/myops.cpp
# (extensions.py), then call it through torch.ops, as any operator.
import re
import runpy
import sysconfig
from pathlib import Path

import torch

extensions = runpy.run_path("snippets/ops/extensions.py")
# cpp_extension.load(..., is_python_module=False)
library = extensions["load_myops"]()
print("library:", Path(library).name,
      "| loaded:", library in torch.ops.loaded_libraries)
print("schema:", torch.ops.myops.scaled_add.default._schema)
print(torch.ops.myops.scaled_add(torch.ones(3), torch.arange(3.0), 2.0))
try:
    torch.ops.myops.scaled_add(torch.ones(3), torch.ones(2), 2.0)
except RuntimeError as e:  # the TORCH_CHECK in the kernel
    print("RuntimeError:", str(e).splitlines()[0])

# What the build ran: the ninja file cpp_extension wrote into the build folder.
folder = extensions["build_directory"]("myops").resolve()
ninja = (folder / "build.ninja").read_text()
for long, short in [(str(folder), "<build folder>"),
                    (str(Path(torch.__file__).parent.resolve()), "<torch>"),
                    (str(Path(torch.__file__).parent), "<torch>"),
                    (sysconfig.get_paths()["include"], "<python include>")]:
    ninja = ninja.replace(long, short)
for line in ninja.splitlines():
    if line.startswith(("cxx =", "cflags =", "ldflags =", "  command =",
                        "build ")):
        print(line.strip())
