# terminal: what it prints names files as a terminal run sees them
# Runs snippets/pdb/cpp_mm_error.py under gdb: a breakpoint on
# at::native::linear, a catchpoint on the C++ exception c10::Error, and the
# commands below at each stop. Prints the session with each command after a
# (gdb) prompt; addresses, thread and process ids, paths and template
# arguments are shortened (snippets/cpp/frames.py).
import os
import re
import runpy
import subprocess
import sys

commands = ["set breakpoint pending on", "break at::native::linear",
            "catch throw c10::Error", "run", "continue", "bt 3", "info args",
            "info locals", "finish", "continue", "bt 6", "frame 2",
            "info locals", "continue"]
argv = ["gdb", "-q", "-batch", "-iex", "set auto-load python-scripts off"]
for command in commands:
    argv += ["-ex", f"echo (gdb) {command}\\n", "-ex", command]
session = subprocess.run(
    argv + ["--args", sys.executable, "snippets/pdb/cpp_mm_error.py"],
    env=dict(os.environ, PYTHONUNBUFFERED="1"),
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True)


shorten = runpy.run_path("snippets/cpp/frames.py")["shorten"]

NOISE = re.compile(r"\[(New )?Thread |\[Thread debugging"
                   r"|Using host libthread_db|\[Detaching after v?fork")
for line in session.stdout.splitlines():
    if NOISE.match(line) or not line:
        continue
    line = re.sub(r"0x[0-9a-f]+ in ", "", line)          # addresses
    line = re.sub(r" from (/\S+/)?(\S+)$", r" from \2", line)  # library paths
    line = re.sub(r"\(process \d+\)", "(process N)", line)
    # the thread's name is the executable's: python, python3.11
    line = re.sub(r'^Thread 1 "[^"]*"', "Thread 1", line)
    where = re.match(r"(#\d+\s+|.* hit Breakpoint [\d.]+, "
                     r"|.* hit Catchpoint [\d.]+ \([^)]*\), |)(\S.*?)( \(\))?"
                     r"( from \S+)$", line)
    if where:  # a frame: shorten the function's signature
        line = where[1] + shorten(where[2]) + (where[4] or "")
    print(line)
