# terminal: builds with ninja and c++, which a kernel may lack
# "ImportError: libc10.so: cannot open shared object file": an extension
# imported with torch's libraries not loaded yet. It names them by file name
# only, and the dynamic loader does not know torch's folder.
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import torch

helpers = runpy.run_path("snippets/ops/extensions.py")
folder = helpers["build_directory"]("at_tensor")  # the module of q_at_tensor
folder.mkdir(parents=True, exist_ok=True)
helpers["cpp_extension"].load("at_tensor", ["snippets/cpp/at_tensor.cpp"],
                              build_directory=str(folder),
                              extra_cflags=["-O1"])

dynamic = subprocess.run(["readelf", "-d", str(folder / "at_tensor.so")],
                         capture_output=True, text=True).stdout
print("readelf -d at_tensor.so: needs",
      [n for n in re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic) if "c10" in n
       or "torch" in n], "| RPATH/RUNPATH:",
      "RPATH" in dynamic or "RUNPATH" in dynamic)

torch_lib = str(Path(torch.__file__).parent / "lib")
for title, code, env in [
        ("import at_tensor (no torch)", "import at_tensor", {}),
        ("import torch, then at_tensor", "import torch, at_tensor", {}),
        ("LD_LIBRARY_PATH=<torch>/lib, import at_tensor", "import at_tensor",
         {"LD_LIBRARY_PATH": torch_lib})]:
    run = subprocess.run([sys.executable, "-c", code], cwd=folder,
                         env={**os.environ, **env},
                         capture_output=True, text=True)
    print(f"{title}:", run.stderr.strip().splitlines()[-1] if run.returncode
          else "imported")
