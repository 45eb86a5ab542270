# terminal: compiles a C++ program with g++ and runs it under gdb
# Builds snippets/pdb/libtorch_crash.cpp against the LibTorch inside the
# installed wheel (its headers and .so files), with -g for the program's own
# code, runs it, then runs it under gdb and prints the backtrace: torch's
# frames as the release build gives them, the program's own with lines.
import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import torch

shorten = runpy.run_path("snippets/cpp/frames.py")["shorten"]
source = Path("snippets/pdb/libtorch_crash.cpp")
torch_dir = os.path.dirname(torch.__file__)
folder = Path(".cache/libtorch_programs") / torch.__version__
program = folder / "libtorch_crash"
command = ["g++", "-g", "-O0", "-std=c++20", str(source),
           "-I", os.path.join(torch_dir, "include"),
           "-L", os.path.join(torch_dir, "lib"), "-ltorch_cpu", "-lc10",
           "-Wl,-rpath," + os.path.join(torch_dir, "lib"), "-o", str(program)]
shown = " ".join(command).replace(torch_dir, "<torch>")
shown = shown.replace(str(folder), "<build>")
print("compile:", shown.replace(" -o", "\n   -o").replace(" -I", "\n   -I"))

# compiled once per torch; again only when the source or the command changes
stamp = folder / "built-from"
made_of = source.read_bytes() + repr(command).encode()
if not (program.exists() and stamp.exists() and stamp.read_bytes() == made_of):
    if shutil.which("g++") is None:
        sys.exit("no C++ compiler: install one (apt-get install g++)")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(command, check=True, capture_output=True)
    stamp.write_bytes(made_of)

plain = subprocess.run([str(program)], capture_output=True, text=True)
print(f"run: exit status {plain.returncode}, standard output:",
      plain.stdout.strip())

gdb = subprocess.run(
    ["gdb", "-q", "-batch", "-iex", "set auto-load python-scripts off",
     "-ex", "run", "-ex", "bt", "-ex", "frame function total",
     "-ex", "info args", "--args", str(program)],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("gdb -batch -ex run -ex bt --args", program.name + ":")
seen = set()
for line in gdb.stdout.splitlines():
    if "received signal" in line or re.match(r"\w+ = ", line):
        print("  " + re.sub(r"0x0\b", "0x0 (null)", line))
    elif re.match(r"\d+\t", line):       # the source line of a frame
        print("  " + line.replace("\t", "  "))
    frame = re.match(r"(#\d+) +(?:0x[0-9a-f]+ in )?(.*) (at|from) (\S+)$",
                     line)
    if frame:
        number, where, at_or_from, place = frame.groups()
        if number in seen:                 # bt is done: the frame selected
            print("then -ex 'frame function total' -ex 'info args':")
        seen.add(number)
        # "()" after a name without debug information; arguments' values
        # (addresses) after a name with it
        where = re.sub(r" \(\)$| \(\w+=.*\)$", "", where)
        print(f"  {number:<4}{shorten(where)}  {at_or_from} "
              f"{os.path.basename(place)}")
