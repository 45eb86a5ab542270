# The lines of torch/utils/cpp_extension.py and torch/__init__.py that
# decide what happens when an extension is loaded, read from the installed
# torch with their line numbers.
# --8<-- [start:show]
import os
import runpy

import torch

show = runpy.run_path("snippets/ops/torch_source.py")["show"]
# --8<-- [end:show]
# --8<-- [start:ninja]
show("utils/cpp_extension.py",
     ("def is_ninja_available", "raise RuntimeError(\"Ninja is required"))
# --8<-- [end:ninja]
# --8<-- [start:import]
show("utils/cpp_extension.py",
     ("def _import_module_from_library", "return filepath"))
# --8<-- [end:import]
# --8<-- [start:ldflags]
show("utils/cpp_extension.py",
     ("def _prepare_ldflags(", "def _prepare_ldflags("),
     ("extra_ldflags.append('-ltorch')", "append('-ltorch_python')"),
     ("        if IS_WINDOWS and not IS_HIP_EXTENSION:", "'cudart.lib'"),
     ("        elif not IS_HIP_EXTENSION:", "append('-lcudart')"))
# --8<-- [end:ldflags]
# --8<-- [start:cmake]
# the libraries find_package(Torch) gives CMake as ${TORCH_LIBRARIES}
cmake = os.path.join(os.path.dirname(torch.__file__), "share", "cmake",
                     "Torch", "TorchConfig.cmake")
text = open(cmake, encoding="utf-8").read()
print(next(line.strip() for line in text.splitlines()
           if line.strip().startswith("set(TORCH_LIBRARIES ")))
print("TorchConfig.cmake names torch_python:", "torch_python" in text)
# --8<-- [end:cmake]
# --8<-- [start:dll]
show("__init__.py",
     ('if sys.platform == "win32":', "def _load_dll_libraries"),
     ('th_dll_path = os.path.join(os.path.dirname(__file__), "lib")',
      "th_dll_path"),
     ("# When users create a virtualenv", "# is dependent on user settings."),
     ("dll_paths = [", "th_dll_path,"),
     ("for dll_path in dll_paths:", "os.add_dll_directory(dll_path)"))
# --8<-- [end:dll]
