# terminal: runs snippets/pdb/cpp_mm_error.py in new processes, and nm
# Runs snippets/pdb/cpp_mm_error.py with TORCH_SHOW_CPP_STACKTRACES=1 under
# each way torch can name the C++ frames, and counts the frames it printed
# as ??; then asks nm in which symbol table of libtorch_cpu.so one of the
# unnamed functions is.
import os
import re
import runpy
import subprocess
import sys
import tempfile

import torch

shorten = runpy.run_path("snippets/cpp/frames.py")["shorten"]
no_tools = tempfile.mkdtemp()          # a PATH with no addr2line on it
settings = [
    ("TORCH_SYMBOLIZE_MODE=dladdr", {"TORCH_SYMBOLIZE_MODE": "dladdr"}),
    ("TORCH_DISABLE_ADDR2LINE=1", {"TORCH_DISABLE_ADDR2LINE": "1"}),
    ("TORCH_SYMBOLIZE_MODE=fast", {"TORCH_SYMBOLIZE_MODE": "fast"}),
    ("no addr2line on PATH", {"PATH": no_tools}),
    ("no addr2line on PATH, TORCH_SYMBOLIZE_MODE=fast",
     {"PATH": no_tools, "TORCH_SYMBOLIZE_MODE": "fast"}),
]
for label, env in settings:
    run = subprocess.run(
        [sys.executable, "snippets/pdb/cpp_mm_error.py"],
        env=dict(os.environ, TORCH_SHOW_CPP_STACKTRACES="1", **env),
        capture_output=True, text=True)
    frames = re.findall(r"^#(\d+) (.*) from (\S+)$", run.stdout, re.M)
    error = re.search(r"^RuntimeError: .*", run.stdout, re.M).group()
    unnamed = sorted({os.path.basename(place).split(":")[0]
                      for n, name, place in frames if name == "??"})
    where = f" (in {', '.join(unnamed)})" if unnamed else ""
    print(f"{label}:\n  {error}\n  {len(frames)} frames, "
          f"{sum(name == '??' for _, name, _ in frames)} named ??{where}")
    if env.get("TORCH_SYMBOLIZE_MODE") in ("dladdr", "fast") and \
            "PATH" not in env:
        for number, name, place in frames:
            if 7 <= int(number) <= 13:               # torch's frames
                print(f"    #{number:<3}{shorten(name)}  from "
                      f"{os.path.basename(place).split(':')[0]}")
os.rmdir(no_tools)

# one of the ?? frames: in which symbol table is its name?
library = os.path.join(os.path.dirname(torch.__file__), "lib",
                       "libtorch_cpu.so")
name = "torch::autograd::VariableType::(anonymous namespace)::mm("
for label, flags in (("dynamic (.dynsym)", ["-D"]), ("full (.symtab)", [])):
    listing = subprocess.run(["nm", "-C", "--defined-only", *flags, library],
                             capture_output=True, text=True).stdout
    found = [line.split(" ", 2)[1] for line in listing.splitlines()
             if name in line and "[clone" not in line]
    print(f"nm, {label} symbol table: VariableType::(anonymous namespace)"
          f"::mm", f"type {found[0]}" if found else "absent")
