# terminal: it runs the machine's c++, which a kernel may lack
# The compiler check load() and BuildExtension make before they build, run
# on the machine's c++ and on stand-ins: a compiler that is not on PATH, one
# that is not GCC or clang, and a GCC older than 5.
import logging
import os
import re
import stat
import tempfile

logger = logging.getLogger("torch.utils.cpp_extension")
logger.setLevel(logging.ERROR)  # a CUDA torch without a GPU warns at import
from torch.utils import cpp_extension

logger.setLevel(logging.WARNING)
warned = []
logger.addHandler(logging.Handler())
logger.handlers[-1].emit = lambda record: warned.append(record.getMessage())
logger.propagate = False


def check(compiler):
    warned.clear()
    ok, _ = cpp_extension.get_compiler_abi_compatibility_and_version(compiler)
    # the first sentence of each warning, without its frame of "!"
    said = [re.search(r"Your compiler .*?(?:[a-z]\.|!)", text.replace(
        "!!", "")).group(0) for text in warned]
    folder = os.path.dirname(compiler)  # a stand-in's: not shown
    print(f"{os.path.basename(compiler)}: compatible={ok}",
          *[text.replace(folder + os.sep, "") if folder else text
            for text in said], sep="\n  ")


def stand_in(folder, name, says):
    """A command that prints `says`, whatever it is asked."""
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(f"#!/bin/sh\necho '{says}'\n")
    os.chmod(path, stat.S_IRWXU)
    return path


check("c++")  # the machine's compiler, which load() uses unless CXX is set
check("no-such-c++")  # CXX naming a compiler that is not installed
with tempfile.TemporaryDirectory() as folder:
    check(stand_in(folder, "icpx", "Intel(R) oneAPI DPC++/C++ Compiler"))
    check(stand_in(folder, "g++-4.9", "4.9.2"))
