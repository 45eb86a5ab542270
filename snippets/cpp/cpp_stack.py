# The helper this chapter's question scripts load with runpy.run_path to name
# the C++ function behind an error: raised(code) runs `code` in a fresh Python
# with TORCH_SHOW_CPP_STACKTRACES=1 and reads the stack of each error printed.
import os
import re
import subprocess
import sys


def raised(code):
    """One (function, file:line, frames) per error message `code` prints: the
    C++ function that raised it, its file and line from the root of PyTorch's
    repository, and the named functions on its C++ stack, innermost first."""
    env = dict(os.environ, TORCH_SHOW_CPP_STACKTRACES="1",
               TORCH_DISABLE_ADDR2LINE="1")
    report = subprocess.run([sys.executable, "-c", code], env=env,
                            capture_output=True, text=True).stdout
    found = []
    for block in report.split("Exception raised from ")[1:]:
        func, where = re.match(r"(\w+) at \S*?/((?:aten|torch|c10)/\S+?:\d+)",
                               block).groups()
        frames = re.findall(r"^#\d+ ([^(\s]+)\(", block, re.M)
        found.append((func, where, frames))
    return found
