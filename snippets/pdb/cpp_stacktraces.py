# terminal: what it prints names files as a terminal run sees them
# Runs snippets/pdb/cpp_mm_error.py with TORCH_SHOW_CPP_STACKTRACES=1 and
# prints what it printed, each C++ frame's signature shortened (template and
# parameter lists collapsed, as in snippets/cpp/gdb_backtrace.py) and the
# interpreter's frames after the first one left out.
import os
import re
import subprocess
import sys

run = subprocess.run(
    [sys.executable, "snippets/pdb/cpp_mm_error.py"],
    env=dict(os.environ, TORCH_SHOW_CPP_STACKTRACES="1"),
    capture_output=True, text=True, check=True)


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
