# terminal: what it prints names files as a terminal run sees them
# A crash in native code, run three ways: plainly, with Python's faulthandler,
# and under gdb. The crashing program is CRASH, run with `python -c`: its
# ctypes call reads memory at address 0, as a buggy C++ extension might
# (without torch, so that gdb starts in a second, not in twenty).
import os
import re
import subprocess
import sys

CRASH = """
import ctypes

def read_buffer(address):
    return ctypes.string_at(address)

read_buffer(0)
"""

plain = subprocess.run([sys.executable, "-c", CRASH],
                       capture_output=True, text=True)
print(f"python -c CRASH: exit status {plain.returncode}, "
      f"{len(plain.stderr)} characters on standard error")

faults = subprocess.run([sys.executable, "-X", "faulthandler", "-c", CRASH],
                        capture_output=True, text=True)
print(f"python -X faulthandler -c CRASH: exit status {faults.returncode}, "
      "standard error:")
for line in faults.stderr.splitlines():
    if line.startswith("Extension modules:"):
        print("  Extension modules: ...")
    elif line:
        print("  " + re.sub(r"0x[0-9a-f]+", "0x...", line))

gdb = subprocess.run(
    ["gdb", "-q", "-batch", "-iex", "set auto-load python-scripts off",
     "-ex", "run", "-ex", "bt 3", "--args", sys.executable, "-c", CRASH],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print("gdb -batch -ex run -ex 'bt 3' --args python -c CRASH:")
for line in gdb.stdout.splitlines():
    if re.match(r".*received signal|#\d", line):
        line = re.sub(r"0x[0-9a-f]+ in ", "", line)
        # no arguments, no folders
        line = re.sub(r" \(.*?\) at (\S+/)?", " at ", line)
        # libc picks its strlen for the processor: __strlen_avx2, _evex, ...
        line = re.sub(r"__strlen_\w+ at \S+", "__strlen_<variant> (libc)",
                      line)
        print("  " + line)
