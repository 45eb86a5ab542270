# A setup.py that imports torch fails at its first line when the Python that
# runs it has no torch, or a torch without cpp_extension: the message names
# the first module of the dotted name that Python did not find.
import os
import subprocess
import sys
import tempfile
from pathlib import Path

setup_py = """\
from torch.utils.cpp_extension import BuildExtension
from setuptools import setup

setup(name="demo", cmdclass={"build_ext": BuildExtension})
"""


def run(label, python, *options, env=None):
    """Run `python setup.py --name` in the project; print its last line."""
    done = subprocess.run([python, *options, "setup.py", "--name"],
                          cwd=project, capture_output=True, text=True,
                          env=env)
    # a failure's last line is on stderr, the name on stdout
    shown = done.stderr if done.returncode else done.stdout
    print(f"{label}:", shown.splitlines()[-1])


with tempfile.TemporaryDirectory() as project:
    Path(project, "setup.py").write_text(setup_py)
    # the Python of the environment where torch is installed
    run("this environment's python", sys.executable)
    # a Python without torch: the one this environment was made from,
    # with -I so that it sees nothing of the environment
    run("a python without torch", sys._base_executable, "-I")
    # a torch that has no torch.utils.cpp_extension: a stand-in package,
    # first on sys.path through PYTHONPATH
    stand_in = Path(project, "stand-in")
    (stand_in / "torch" / "utils").mkdir(parents=True)
    (stand_in / "torch" / "__init__.py").write_text("")
    (stand_in / "torch" / "utils" / "__init__.py").write_text("")
    run("a torch without cpp_extension", sys.executable,
        env=dict(os.environ, PYTHONPATH=str(stand_in)))
