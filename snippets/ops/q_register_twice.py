# "Tried to register an operator ... multiple times": one schema defined twice
# in a process, as when a module of operators runs twice, and two ways out.
import runpy
import shutil
import tempfile
from pathlib import Path

import torch
from torch.library import custom_op

# an ops.py that defines an operator when it runs, as extensions' ops.py do
source = """\
import torch
lib = torch.library.Library("twice_demo", "FRAGMENT")
lib.define("double(Tensor x) -> Tensor")
lib.impl("double", lambda x: x * 2, "CompositeExplicitAutograd")
"""
folder = tempfile.mkdtemp()
ops_py = Path(folder) / "ops.py"
ops_py.write_text(source)

first = runpy.run_path(str(ops_py))       # the module runs once: fine
try:
    runpy.run_path(str(ops_py))           # and again, with `first` alive
except RuntimeError as e:
    message = str(e).replace(folder, "<folder>")
    print("RuntimeError:", message.split(". Each")[0] + ".")
    print("  " + message.split("overload's schema should only be registered "
                               "with a single call to def(). ")[1])

# a notebook cell run again, here exec in one globals dict as a notebook does:
# a cell that rebinds `lib` frees the first Library, whose finalizer removes
# its operator, so nothing is raised; torch.library.define keeps its Library
# in a module list (torch.library._keep_alive), so its cell raises, and the
# message names a line in torch/library.py, where that Library was made
notebook = {"torch": torch}
cell = source.replace("twice_demo", "cell_demo")
exec(cell, notebook)
exec(cell, notebook)
print("cell rebinding lib, run again: no error")
cell = 'torch.library.define("cell_demo::g", "(Tensor x) -> Tensor")'
exec(cell, notebook)
try:
    exec(cell, notebook)
except RuntimeError as e:
    where = str(e).split("Duplicate registration: ")[1].split(". Original")[0]
    file, line = where.removeprefix("registered at ").rsplit(":", 1)
    if file == torch.library.__file__:
        file = "torch/library.py"
    print("cell using torch.library.define, run again: RuntimeError;",
          "registered at", file)

# 1. a module that may run twice: define only what torch.ops does not have
guarded = source.replace('lib.define', 'if not hasattr(torch.ops.twice_demo, '
                         '"double"):\n    lib.define').replace(
    'lib.impl', '    lib.impl')
ops_py.write_text(guarded)
runpy.run_path(str(ops_py))
print("guarded module run again: no error;",
      torch.ops.twice_demo.double(torch.ones(2)))

# 2. torch.library.custom_op replaces its own earlier definition of the name
for run in (1, 2):
    @custom_op("twice_demo::triple", mutates_args=())
    def triple(x: torch.Tensor) -> torch.Tensor:
        return x * 3
print("custom_op defined twice:", torch.ops.twice_demo.triple(torch.ones(2)))
shutil.rmtree(folder)
