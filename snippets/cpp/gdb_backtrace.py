# Runs snippets/cpp/linear_call.py under gdb with breakpoints on
# at::native::linear and on MKL's sgemm_, then prints where gdb stopped and
# the native stacks: function names and their libraries.
import os
import re
import runpy
import subprocess
import sys

session = subprocess.run(
    ["gdb", "-q", "-batch", "-ex", "set breakpoint pending on",
     "-ex", "break at::native::linear", "-ex", "break sgemm_",
     "-ex", "run", "-ex", "bt 2", "-ex", "continue", "-ex", "continue",
     "-ex", "info breakpoints", "-ex", "bt 16",
     "--args", sys.executable, "snippets/cpp/linear_call.py"],
    capture_output=True, text=True, check=True).stdout


shorten = runpy.run_path("snippets/cpp/frames.py")["shorten"]

def function(where):
    """gdb's 'name(types) (argument values)' -> the shortened name."""
    return shorten(re.sub(r" \([^()]*\)$", "", where))


def backtrace(lines):
    """The frames of a `bt` in lines, grouped by library."""
    library = None
    for line in lines:
        frame = re.match(r"#(\d+)\s+(?:0x[0-9a-f]+ in )?(.*?)"
                         r"(?: from (\S+)| at \S+)?$", line)
        if not frame:
            continue
        number, where, lib = frame.groups()
        lib = os.path.basename(lib) if lib else "python (the interpreter)"
        if lib != library:
            print(lib)
            library = lib
        print(f"  #{number:<3}{function(where)}")


lines = session.splitlines()
print("set before `run` (libtorch_cpu.so is not loaded yet):")
for line in lines:
    if re.match(r"Breakpoint \d+ \(.*\) pending\.$", line):
        print("  " + line)
print("where the program stopped, in order:")
for line in lines:
    hit = re.search(r"hit (Breakpoint [\d.]+), (?:0x[0-9a-f]+ in )?(.*) "
                    r"from \S+$", line)
    if hit:
        print(f"  {hit[1]:15} {function(hit[2])}")
print("info breakpoints, the locations of breakpoint 1:")
for line in lines:
    location = re.match(r"(1\.\d+)\s+y\s+0x[0-9a-f]+ <(.*)>$", line)
    if location:
        print(f"  {location[1]:4} {shorten(location[2])}")

second_stop = next(i for i, line in enumerate(lines)
                   if "Breakpoint 1.2," in line)
print("bt 2 at the first stop:")
backtrace(lines[:second_stop])
print("bt 16 at sgemm_:")
backtrace(lines[second_stop:])

# the same first breakpoint without `set breakpoint pending on`
plain = subprocess.run(
    ["gdb", "-q", "-batch", "-ex", "break at::native::linear", "-ex", "run",
     "-ex", "bt 1", "--args", sys.executable, "snippets/cpp/linear_call.py"],
    capture_output=True, text=True)  # gdb exits with 1: `bt 1` finds no stack
said = (plain.stdout + plain.stderr).splitlines()
print("without `set breakpoint pending on` (lines of stdout and stderr):")
for start in ('Function "at::native::linear" not defined',
              "Make breakpoint pending", "AddmmBackward0", "No stack"):
    print("  " + next(line for line in said if line.startswith(start)))
