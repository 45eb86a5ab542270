# The lines of torch/utils/cpp_extension.py, and of a header, that decide
# what load() and BuildExtension do when they build, read from the
# installed torch with their line numbers.
# --8<-- [start:show]
import os
import runpy

import torch

show = runpy.run_path("snippets/ops/torch_source.py")["show"]
# --8<-- [end:show]
# --8<-- [start:baton]
path = os.path.join(os.path.dirname(torch.__file__), "utils",
                    "cpp_extension.py")
if "FileBaton(" in open(path, encoding="utf-8").read():  # torch 2.13
    show("utils/cpp_extension.py",
         ("baton = FileBaton(os.path.join(build_directory, 'lock'))",
          "if baton.try_acquire():"),
         ("        finally:", "baton.wait()"))
    show("utils/file_baton.py",
         ("def __init__(self, lock_file_path, wait_seconds=0.1", "def __"),
         ("    def wait(self)", "def wait"),
         ("while os.path.exists(self.lock_file_path):", "time.sleep("),
         ("if self.warn_after_seconds is not None:", "if self.warn_after"))
else:  # torch 2.14
    show("utils/cpp_extension.py",
         ("# Hold an OS-level advisory lock", "with FileLock(os.path.join("))
# --8<-- [end:baton]
# --8<-- [start:failure]
show("utils/cpp_extension.py",
     ("class BuildExtension(", "class BuildExtension("),
     ("self.use_ninja = kwargs.get('use_ninja', True)",
      "self.use_ninja = False"),
     ("_write_ninja_file_and_compile_objects(", "_write_ninja_file_and"),
     ("                verbose=True,", "verbose=True,"),
     ("_write_ninja_file_and_compile_objects(", "_write_ninja_file_and"),
     ("                verbose=True,", "verbose=True,"),
     ("error_prefix='Error compiling objects", "error_prefix="),
     ("error_prefix=f\"Error building extension", "error_prefix=f\"Error"),
     ("    command = ['ninja', '-v']", "command.extend(['-j'"),
     ("stdout=stdout_fileno if verbose", "stdout=stdout_fileno if verbose"),
     ("        message = error_prefix", "raise RuntimeError(message) from e"))
# --8<-- [end:failure]
# --8<-- [start:torch_h]
show("include/torch/csrc/api/include/torch/torch.h",
     ("#ifdef TORCH_API_INCLUDE_EXTENSION_H", "#endif"))
# --8<-- [end:torch_h]
# --8<-- [start:limited]
show("utils/cpp_extension.py",
     ("min_supported_cpython = ", "min_supported_cpython = "),
     ("if extension.py_limited_api:", "-DPy_LIMITED_API="),
     ("if not kwargs.get('py_limited_api', False):", "torch_python')"))
# --8<-- [end:limited]
