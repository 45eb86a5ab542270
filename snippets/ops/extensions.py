# Compiles a C++ source into a library torch loads, once per torch and Python:
# the other scripts of this chapter run it with
# runpy.run_path("snippets/ops/extensions.py") and call load_myops(), which
# builds snippets/ops/myops.cpp (or finds it built) and loads it.
import fcntl
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import torch

# A CUDA build of torch logs a warning when cpp_extension is imported on a
# machine without CUDA; a C++-only extension does not need CUDA: the warning is
# kept, and printed only when this file runs as a script.
logger, logged = logging.getLogger("torch.utils.cpp_extension"), []
keep = logging.Handler()
keep.emit = lambda r: logged.append(f"{r.levelname}: {r.getMessage()}")
logger.addHandler(keep)
logger.propagate = False
from torch.utils import cpp_extension  # noqa: E402
logger.propagate = True
logger.removeHandler(keep)


def build_directory(name):
    """Where `name` is built: under $TORCH_EXTENSIONS_DIR if set, else
    .cache/torch_extensions of the working folder, in a folder of this torch
    and this Python."""
    base = os.environ.get("TORCH_EXTENSIONS_DIR", ".cache/torch_extensions")
    python = "py%d%d" % sys.version_info[:2]
    return Path(base) / f"{torch.__version__}-{python}" / name


def build(name, source, extra_cflags=("-O1",)):
    """Compiles the C++ file `source` into <name>.so and loads it into this
    process (its TORCH_LIBRARY blocks register their operators); returns the
    library's path. A library built from the same source and flags is loaded
    as it is: no compiler or ninja is needed then."""
    folder = build_directory(name)
    library = (folder / f"{name}.so").resolve()
    made_of = Path(source).read_bytes() + repr(list(extra_cflags)).encode()
    stamp = folder / "built-from"
    if library.exists() and stamp.exists() and stamp.read_bytes() == made_of:
        torch.ops.load_library(str(library))
        return str(library)
    compiler = os.environ.get("CXX", "c++")
    if shutil.which(compiler) is None:
        raise SystemExit(f"no C++ compiler: `{compiler}` is not on PATH "
                         "(install one: apt-get install g++, or set CXX)")
    if not cpp_extension.is_ninja_available():
        raise SystemExit("ninja is not on PATH; cpp_extension.load needs it "
                         "(install it: pip install ninja, "
                         "or apt-get install ninja-build)")
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "build.flock", "w") as held:
        # released when this process ends, however it ends
        fcntl.flock(held, fcntl.LOCK_EX)
        # Holding it, no other process builds here: a `lock` file left is from
        # a build that was killed, and cpp_extension would wait for it forever.
        (folder / "lock").unlink(missing_ok=True)
        # The source is compiled from a copy inside the build folder: the same
        # path wherever the script runs (a notebook's folder too), so ninja
        # finds its earlier build.
        copy = folder / Path(source).name
        text = Path(source).read_bytes()
        if not copy.exists() or copy.read_bytes() != text:
            copy.write_bytes(text)
        path = cpp_extension.load(name=name, sources=[str(copy.resolve())],
                                  build_directory=str(folder.resolve()),
                                  extra_cflags=list(extra_cflags),
                                  is_python_module=False, verbose=False)
        stamp.write_bytes(made_of)
        return path


def build_program(program, source, command):
    """Runs `command`, which compiles `source` into `program`.new, and moves
    the result to `program`; again only when the source or the command
    changes (both kept in `program`.built-from). One process at a time builds
    a program; one that waited finds it built."""
    program = Path(program)
    made_of = Path(source).read_bytes() + repr(command).encode()
    stamp = program.with_name(f"{program.name}.built-from")

    def built():
        return (program.exists() and stamp.exists()
                and stamp.read_bytes() == made_of)
    if built():
        return str(program)
    if shutil.which(command[0]) is None:
        raise SystemExit(f"no C++ compiler: `{command[0]}` is not on PATH "
                         "(install one: apt-get install g++)")
    program.parent.mkdir(parents=True, exist_ok=True)
    with open(program.with_name(f"{program.name}.flock"), "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)   # released when this process ends
        if not built():
            subprocess.run(command, check=True)
            os.replace(f"{program}.new", program)
            stamp.write_bytes(made_of)
    return str(program)


def load_myops():
    return build("myops", "snippets/ops/myops.cpp")


if __name__ == "__main__":
    for line in logged:
        print("cpp_extension logged", line)
    library = Path(load_myops())
    folder = build_directory("myops")
    print("built and loaded:", library.name,
          f"in .../{folder.parent.name}/{folder.name}")
    print("registered:", torch.ops.myops.scaled_add.default._schema)
