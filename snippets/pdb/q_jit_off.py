import os
import re
import subprocess
import sys
import tempfile

SCRIPT = """\
import torch


@torch.jit.script
def add_one(x):
    breakpoint()
    return x + 1


print(type(add_one).__name__)
print(add_one(torch.ones(2)))
"""
TYPED = "p x\nc\n"  # the commands typed at the (Pdb) prompt

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "scripted.py")
    with open(path, "w") as f:
        f.write(SCRIPT)
    # PYTORCH_JIT=0 python -W always::DeprecationWarning scripted.py,
    # in a new interpreter (-W: show the warnings Python hides by default)
    run = subprocess.run(
        [sys.executable, "-W", "always::DeprecationWarning", path],
        input=TYPED, text=True, capture_output=True, cwd=tmp,
        env=dict(os.environ, PYTORCH_JIT="0"))
print(run.stdout.replace(path, "scripted.py"), end="")
print("exit code", run.returncode)
for warning in re.findall(r"\w+Warning: .*", run.stderr):
    print(warning)
