# terminal: runs the C++ compiler, which a kernel may lack
# VS Code's .vscode/c_cpp_properties.json lists torch's include folders, and
# the compiler (run with -M, which only looks up the headers) still does not
# find torch/extension.h: it reads no editor settings. The same run with
# include_paths() and Python's include folder as -I finds every header.
import json
import logging
import os
import subprocess
import sysconfig
import shutil
import tempfile

import torch

logging.getLogger("torch.utils.cpp_extension").setLevel(logging.ERROR)
from torch.utils import cpp_extension  # noqa: E402

root = os.path.dirname(torch.__file__)
folders = cpp_extension.include_paths()     # absolute folders of this torch
for path in folders:
    print("include_paths():", os.path.join("<torch>",
                                            os.path.relpath(path, root)))

project = tempfile.mkdtemp()
os.makedirs(os.path.join(project, ".vscode"))
settings = {"configurations": [{"name": "Linux", "includePath":
            ["${workspaceFolder}/**", *folders,
             sysconfig.get_paths()["include"]]}], "version": 4}
with open(os.path.join(project, ".vscode", "c_cpp_properties.json"),
          "w") as f:
    json.dump(settings, f)
with open(os.path.join(project, "op.cpp"), "w") as f:
    f.write("#include <torch/extension.h>\n")


def compile_(label, flags):
    # -M: find every header op.cpp includes, compile nothing
    done = subprocess.run(["c++", "-std=c++20", "-M", "op.cpp", *flags],
                          cwd=project, capture_output=True, text=True)
    error = [line.split("error: ")[1] for line in done.stderr.splitlines()
             if "error: " in line][:1]
    print(f"{label}: exit status {done.returncode}", *error, sep="\n  ")


compile_("c++ op.cpp, beside .vscode/c_cpp_properties.json", [])
flags = [f"-I{path}" for path in folders + [sysconfig.get_paths()["include"]]]
compile_("c++ op.cpp with -I for each folder", flags)
shutil.rmtree(project)
