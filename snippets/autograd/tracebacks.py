# The helper the first three scripts of this page load with runpy.run_path:
# frames(text, mine) turns the forward traceback anomaly mode prints into one
# `file:function: code` line per frame, from the calling script's first frame.
import re


def frames(text, mine):
    """'file:function: code' for each frame of a forward traceback, from
    the first frame in the script `mine` names (the frames above it start
    the run)."""
    lines, found = text.splitlines(), []
    for i, line in enumerate(lines):
        m = re.match(r'\s*File "(?:.*/)?([^"/]+)", line \d+, in (\S+)', line)
        if m:
            code = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if code.startswith(("File ", "(Triggered")):
                code = ""
            found.append(f"{m[1]}:{m[2]}: {code}")
    start = next((i for i, f in enumerate(found) if f.startswith(mine)), 0)
    return found[start:]
