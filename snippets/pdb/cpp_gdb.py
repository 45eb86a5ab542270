# terminal: what it prints names files as a terminal run sees them
# Runs snippets/pdb/cpp_mm_error.py under gdb: a breakpoint on
# at::native::linear, a catchpoint on the C++ exception c10::Error, and the
# commands below at each stop. Prints the session with each command after a
# (gdb) prompt; addresses, thread and process ids, paths and template
# arguments are shortened as in snippets/cpp/gdb_backtrace.py.
import os
import re
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


def shorten(signature):
    """Collapse template and parameter lists; keep kernel names, namespaces."""
    out, depth, group = "", 0, ""
    for char in signature:
        if char in "<(":
            depth += 1
        if depth:
            group += char
        else:
            out += char
        if char in ">)":
            depth -= 1
            if depth == 0:
                if group == "(anonymous namespace)":
                    out += group
                elif group[0] == "(":
                    out += "(...)"
                else:  # a template: name the function it wraps, if any
                    kernel = re.findall(r"&[\w:()\s]*?(\w+)>", group)
                    out += f"<... {kernel[-1]} ...>" if kernel else "<...>"
                group = ""
    return out


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
