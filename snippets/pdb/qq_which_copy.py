# terminal: it starts Pythons of its own and types into their pdb
# A package in two copies: the one installed (here site/, standing for
# site-packages) and the source folder you edit (src/, with a breakpoint()).
# train.py imports the package; which copy runs decides whether pdb stops.
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

root = Path(tempfile.mkdtemp())
copies = {"site": "    return x * 2\n",
          "src": "    breakpoint()\n    return x * 2\n"}
for folder, body in copies.items():
    (root / folder / "mylib").mkdir(parents=True)
    (root / folder / "mylib" / "__init__.py").write_text(
        f"def double(x):\n{body}")
(root / "train.py").write_text(
    "import mylib\nprint('double(21) =', mylib.double(21))\n")
where = "import mylib; print(mylib.__file__)"


def run(path, *argv, typed=(), stdin=None):
    """Run python with these folders on sys.path; show each typed command
    after the prompt that read it, and the last line of standard error."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(path))
    done = subprocess.run([sys.executable, *argv], cwd=root, env=env,
                          stdin=stdin, capture_output=True, text=True,
                          input=None if stdin else "".join(
                              c + "\n" for c in typed))
    parts = done.stdout.replace(str(root) + os.sep, "").split("(Pdb) ")
    print(parts[0], end="")
    for command, part in zip(typed, parts[1:]):
        print(f"(Pdb) {command}\n{part}", end="")
    for part in parts[len(typed) + 1:]:
        print(f"(Pdb) {part}", end="")  # a prompt nothing was typed at
    if done.returncode:
        print(f"\n[exit code {done.returncode}; standard error ends with: "
              f"{done.stderr.splitlines()[-1]}]")


print("$ python train.py  # breakpoint() is in src/, which is not imported")
run(["site"], "train.py")
print("$ python -c 'import mylib; print(mylib.__file__)'")
run(["site"], "-c", where)
print("$ PYTHONPATH=src python -c 'import mylib; print(mylib.__file__)'")
run(["src", "site"], "-c", where)
print("$ PYTHONPATH=src python train.py")
run(["src", "site"], "train.py", typed=["p x", "c"])
print("$ PYTHONPATH=src python train.py < /dev/null  # as in a batch job")
run(["src", "site"], "train.py", stdin=subprocess.DEVNULL)
shutil.rmtree(root)
