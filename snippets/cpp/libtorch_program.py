# The helper this page's scripts load with runpy.run_path: build(name)
# builds snippets/cpp/<name>.cpp into a program linked against the LibTorch
# inside the installed wheel (its headers and .so files), once per torch,
# source and compile command; run(...) runs it and returns its output with
# the wheel's folder written <torch> and the build machine's source folder
# cut off.
import os
import re
import runpy
import subprocess
from pathlib import Path

import torch

# The own-operators chapter's helper: cpp_extension, imported there so that
# the warning a CUDA build of torch logs on import on a machine without CUDA
# is kept, and build_program, which compiles once per source and command
extensions = runpy.run_path("snippets/ops/extensions.py")
cpp_extension, build_program = (extensions["cpp_extension"],
                                extensions["build_program"])

TORCH = os.path.dirname(torch.__file__)


def build(name):
    source = Path(f"snippets/cpp/{name}.cpp")
    folder = Path(".cache/libtorch_programs") / torch.__version__
    program = folder / name
    includes = [f"-I{d}" for d in cpp_extension.include_paths()]
    libraries = [f"-L{d}" for d in cpp_extension.library_paths()]
    command = ["c++", "-std=c++20", "-O1", str(source), *includes,
               *libraries, "-ltorch", "-ltorch_cpu", "-lc10",
               f"-Wl,-rpath,{TORCH}/lib", "-o", f"{program}.new"]
    return build_program(program, source, command)


def run(program, *args):
    """(exit status, stdout, stderr) of the program, paths shortened."""
    done = subprocess.run([program, *args], capture_output=True, text=True)

    def short(text):
        text = text.replace(TORCH, "<torch>")
        # where the wheel was built: /__w/pytorch/pytorch/aten/... -> aten/...
        return re.sub(r"/\S*?/(?=(aten|c10|torch)/)", "", text)
    return done.returncode, short(done.stdout), short(done.stderr)
