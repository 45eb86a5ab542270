# terminal: builds with ninja and c++, which a kernel may lack
# An extension source that includes THC/THC.h, compiled against the installed
# torch: the compiler stops at that line, since torch ships no such header
# any more (nor TH), at most a THC folder of headers that forward to ATen.
import logging
import os
import re
import runpy
from pathlib import Path

import torch

# a CUDA build of torch without a GPU logs "No CUDA runtime is found" as
# cpp_extension is imported: not shown here
logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension  # noqa: E402

include = Path(torch.__file__).parent / "include"
folders = sorted(p.name for p in include.iterdir() if p.is_dir())
print("folders in torch/include:", ", ".join(folders))
for name in ("TH", "THC"):
    if name not in folders:
        print(f"  {name}/: absent")
        continue
    for header in sorted((include / name).iterdir()):
        text = header.read_text()
        print(f"  {name}/{header.name}: only includes",
              ", ".join(re.findall(r"#include <([^>]+)>", text)))
assert not (include / "THC/THC.h").exists()
assert not (include / "TH").exists()

os.environ["LC_ALL"] = "C"  # the compiler's messages in English
build = runpy.run_path("snippets/ops/extensions.py")["build_directory"]
folder = build("q_thc_include").resolve()
folder.mkdir(parents=True, exist_ok=True)
source = folder / "thc_kernel.cpp"  # a .cu file stops at the same line
source.write_text("#include <THC/THC.h>\n\nextern THCState *state;\n")
# load() remembers, per process, what it has built: forget it, so that a
# second run in one process compiles (and fails) again
cpp_extension.JIT_EXTENSION_VERSIONER.entries.pop("q_thc_include", None)
try:
    cpp_extension.load("q_thc_include", [str(source)],
                       build_directory=str(folder), is_python_module=False)
except RuntimeError as e:
    message = str(e)
print("\nRuntimeError:", message.split(":")[0] + ":")
for line in message.splitlines():
    if "error" in line or line.lstrip().startswith(("1 |", "|")):
        print("  " + line.replace(str(folder) + os.sep, ""))
