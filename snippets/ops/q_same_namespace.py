# terminal: builds with ninja and c++, which a kernel may lack
# Two packages that both define the operator namespace _C cannot be loaded
# into one process: a compiled one (TORCH_LIBRARY) that loads second ends it
# while it loads; a Python Library(..., "DEF") that comes second raises a
# RuntimeError instead.
import runpy
import subprocess
import sys

library = runpy.run_path("snippets/ops/extensions.py")["build"](
    "ns_c", "snippets/ops/ns_c.cpp")

# Each run is a new process; the Library line plays the other package, which
# defines its operators (in Python here; a TORCH_LIBRARY block is the same).
load = ("import sys, torch\n"
        "torch.ops.load_library(sys.argv[1])\n"
        "print('  torch.ops._C.plugin_op:',\n"
        "      torch.ops._C.plugin_op(torch.ones(2)))\n")
for title, other in [
        ("the plugin alone:", ""),
        ("after another package defined namespace _C:",
         "other = torch.library.Library('_C', 'DEF')\n"
         "other.define('other_op(Tensor x) -> Tensor')\n"),
        ("after it defined a namespace of its own (the fix):",
         "other = torch.library.Library('other_pkg_C', 'DEF')\n"
         "other.define('other_op(Tensor x) -> Tensor')\n")]:
    code = load.replace("torch.ops.load_library",
                        other + "torch.ops.load_library")
    child = subprocess.run([sys.executable, "-c", code, library],
                           capture_output=True, text=True)
    print(title, "exit status", child.returncode)
    print(child.stdout, end="")
    for line in child.stderr.splitlines()[:2]:
        print("  ", line.split(";")[0])
