# terminal: what it prints names files as a terminal run sees them
# Runs snippets/pdb/cpp_mm_error.py with TORCH_SHOW_CPP_STACKTRACES=1 and
# prints what it printed, each C++ frame's signature shortened (template and
# parameter lists collapsed by snippets/cpp/frames.py) and the
# interpreter's frames after the first one left out.
import os
import re
import runpy
import subprocess
import sys

run = subprocess.run(
    [sys.executable, "snippets/pdb/cpp_mm_error.py"],
    env=dict(os.environ, TORCH_SHOW_CPP_STACKTRACES="1"),
    capture_output=True, text=True, check=True)


shorten = runpy.run_path("snippets/cpp/frames.py")["shorten"]

print("standard error:")
# a warning: drop its date and time
for line in filter(None, run.stderr.splitlines()):
    print("  " + re.sub(r"^\[W\d+ [\d:.]+ ", "[W<date time> ", line))
print("standard output:")
interpreter = False
for line in run.stdout.splitlines():
    frame = re.match(r"(#\d+) (.*) from (\S+)$", line)
    if not frame:
        if line:
            print("  " + line)
    elif not interpreter:
        number, where, source = frame.groups()
        source = os.path.basename(source)
        print(f"  {number:<4}{shorten(where)}  from {source}")
        interpreter = where == "cfunction_call"
print(f"  ... {len(re.findall(r'^#', run.stdout, re.M))} frames in all")
