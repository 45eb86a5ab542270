# terminal: builds with c++, with a stand-in ninja that fails first on PATH
# BuildExtension without a working ninja: it warns and compiles with
# setuptools' own compiler calls, one file after another. The warning is
# not an error; a source that does not compile fails either way.
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

setup_py = """\
from torch.utils.cpp_extension import BuildExtension, CppExtension
from setuptools import setup

setup(name="answer", cmdclass={"build_ext": BuildExtension},
      ext_modules=[CppExtension("answer", ["answer.cpp"])])
"""


def build(code):
    """python setup.py build_ext --inplace, with a ninja that fails."""
    with tempfile.TemporaryDirectory() as project:
        Path(project, "setup.py").write_text(setup_py)
        Path(project, "answer.cpp").write_text(code)
        stand_in = Path(project, "no-ninja", "ninja")
        stand_in.parent.mkdir()
        stand_in.write_text("#!/bin/sh\nexit 1\n")
        stand_in.chmod(0o755)
        path = f"{stand_in.parent}{os.pathsep}{os.environ['PATH']}"
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=project, capture_output=True, text=True,
            env=dict(os.environ, PATH=path, LC_ALL="C"))
        for line in done.stderr.splitlines():
            if "] Attempted to use ninja" in line:  # torch's logged warning
                print("   warning:", line.split("] ", 1)[1])
            elif "error: '" in line:  # the compiler's error
                print("  ", line)
            elif line.startswith("error: Command"):  # setuptools' last line
                print("  ", re.sub(r"\[.*\]", "[...]", line))
        built = [p.name.split(".")[0] for p in Path(project).glob("*.so")]
        print("   exit status", done.returncode, "| built:", built)


print("a source that compiles:")
build('extern "C" int answer() { return 42; }\n')
print("a source that does not:")
build('extern "C" int answer() { return undeclared; }\n')
