# Runs snippets/cpp/linear_call.py under gdb, stops where MKL's sgemm_ is
# entered, and prints the native stack: function names and their libraries.
import os
import re
import subprocess
import sys

session = subprocess.run(
    ["gdb", "-q", "-batch", "-ex", "set breakpoint pending on",
     "-ex", "break sgemm_", "-ex", "run", "-ex", "bt 16",
     "--args", sys.executable, "snippets/cpp/linear_call.py"],
    capture_output=True, text=True, check=True).stdout


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


library = None
for line in session.splitlines():
    frame = re.match(r"#(\d+)\s+(?:0x[0-9a-f]+ in )?(.*?)"
                     r"(?: from (\S+)| at \S+)?$", line)
    if not frame:
        continue
    number, where, lib = frame.groups()
    name = re.sub(r" \([^()]*\)$", "", where)  # drop gdb's argument values
    lib = os.path.basename(lib) if lib else "python (the interpreter)"
    if lib != library:
        print(lib)
        library = lib
    print(f"  #{number:<3}{shorten(name)}")
