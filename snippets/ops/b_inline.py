# terminal: builds with ninja and c++, which a kernel may lack
# When load_inline() compiles, and when ninja finds nothing to do: each run
# below is a new process, as a new run of a program is, calling load_inline()
# with the sources given on its command line, in one build folder.
# --8<-- [start:runs]
import re
import subprocess
import sys
import tempfile

child = """
import logging, sys
import torch
log = logging.getLogger("torch.utils.cpp_extension")
log.setLevel(logging.ERROR)  # a CUDA torch without a GPU warns at import
from torch.utils import cpp_extension
log.setLevel(logging.INFO)
for source in sys.argv[2:]:
    cpp_extension.load_inline("inline_demo", source,
                              build_directory=sys.argv[1],
                              no_implicit_headers=True,
                              is_python_module=False, verbose=True)
"""


def run(*sources):
    """A new process calls load_inline() once per source; print its log,
    ninja's lines shortened to their outputs."""
    done = subprocess.run([sys.executable, "-c", child, folder, *sources],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    for line in done.stdout.splitlines():
        line = line.split("] ", 1)[-1]  # a logged line: its message
        line = re.sub(r"^(\[\d/\d\] )?(\S+) .* -o (\S+).*", r"\1\2 ... -o \3",
                      line)
        if not line.startswith(("Emitting", "Allowing")):
            print("   ", line.replace(folder, "<build>"))


answer = "int answer() { return 42; }"
edited = "int answer() { return 43; }"
with tempfile.TemporaryDirectory() as folder:
    print("run 1, a new build folder:")
    run(answer)
    print("run 2, the same source:")
    run(answer)
    print("run 3, the source, then an edited one:")
    run(answer, edited)
    print("run 4, the same two:")
    run(answer, edited)
# --8<-- [end:runs]
# --8<-- [start:list]
import logging

logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension

build = cpp_extension._jit_compile  # load_inline() ends by calling it


def main_cpp(name, sources, *args, **kwargs):
    """Stands in for the build: returns the main.cpp it would compile."""
    return open(sources[0]).read()


cpp_extension._jit_compile = main_cpp
source = ["int answer() { return 42; }"]
with tempfile.TemporaryDirectory() as folder:
    for call in (1, 2):
        text = cpp_extension.load_inline("inline_list", source,
                                         functions=["answer"],
                                         build_directory=folder)
        print(f"call {call}: PYBIND11_MODULE blocks in main.cpp:",
              text.count("PYBIND11_MODULE"), "| strings in the list passed:",
              len(source))
    # the fix: give each call a list of its own (or a string)
    for call in (3, 4):
        text = cpp_extension.load_inline("inline_list",
                                         ["int answer() { return 42; }"],
                                         functions=["answer"],
                                         build_directory=folder)
        print(f"call {call}, a new list: PYBIND11_MODULE blocks in main.cpp:",
              text.count("PYBIND11_MODULE"))
cpp_extension._jit_compile = build
# --8<-- [end:list]
# --8<-- [start:cuda]
# With cuda_sources, load_inline writes two files: main.cpp, with the
# bindings of `functions`, and cuda.cu, with the CUDA source. The stand-in
# returns both, so that they can be read without nvcc or a GPU.
cpp_extension._jit_compile = lambda name, sources, *args, **kwargs: [
    open(source).read() for source in sources]
kernel = "torch::Tensor add_one(torch::Tensor x) { return x + 1; }"
with tempfile.TemporaryDirectory() as folder:
    main, cuda = cpp_extension.load_inline(
        "add_demo", cpp_sources="", cuda_sources=kernel,
        functions=["add_one"], build_directory=folder)
    print("main.cpp:", main, "cuda.cu:", cuda, sep="\n")
    # the fix: declare the function in cpp_sources, where the binding is
    main, cuda = cpp_extension.load_inline(
        "add_demo", cpp_sources="torch::Tensor add_one(torch::Tensor x);",
        cuda_sources=kernel, functions=["add_one"], build_directory=folder)
    print("main.cpp, with the declaration:", main, sep="\n")
cpp_extension._jit_compile = build
# --8<-- [end:cuda]
# --8<-- [start:pyinit]
import os

# A library with no Python module in it, loaded as one (is_python_module
# is True by default): Python looks for the function PyInit_<name>
with tempfile.TemporaryDirectory() as folder:
    source = 'extern "C" int answer() { return 42; }'
    try:
        cpp_extension.load_inline("no_module", source, build_directory=folder,
                                  no_implicit_headers=True)
    except ImportError as e:
        print("ImportError:", e.msg)
    # the fix for a library of operators: load it as a plain library
    path = cpp_extension.load_inline("no_module", source,
                                     build_directory=folder,
                                     no_implicit_headers=True,
                                     is_python_module=False)
    print("is_python_module=False: loaded", os.path.basename(path))
# --8<-- [end:pyinit]
