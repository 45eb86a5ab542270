# terminal: runs c++ and ninja, which a kernel may lack
# load() puts -std=c++20 before the caller's extra_cflags, so an
# extra_cflags=["-std=c++17"] comes last, and g++ takes the last -std. A
# source that says which standard it gets shows it; then what the installed
# headers say about C++17.
import os
import re
import runpy
import subprocess
from pathlib import Path
from unittest.mock import patch

import torch

helpers = runpy.run_path("snippets/ops/extensions.py")
cpp_extension = helpers["cpp_extension"]
folder = helpers["build_directory"]("cppt_std").resolve()
folder.mkdir(parents=True, exist_ok=True)
source = folder / "which_std.cpp"
source.write_text('static_assert(__cplusplus >= 202002L, "needs C++20");\n')


def build(extra_cflags):
    """load() of the one-line source; the compile line and the error."""
    try:
        cpp_extension.load("cppt_std", [str(source)],
                           build_directory=str(folder),
                           extra_cflags=extra_cflags, is_python_module=False)
        return "built"
    except RuntimeError as e:
        lines = str(e).splitlines()
        flags = [re.findall(r"-std=\S+", x) for x in lines if " -c " in x][0]
        error = [x for x in lines if "error:" in x][0]
        return (f"-std flags in order: {' '.join(flags)}\n    "
                + error.replace(str(folder) + os.sep, ""))


with patch.dict(os.environ, LC_ALL="C"):  # the compiler's messages in English
    for extra in (["-std=c++17"], ["-std=c++20"], []):
        print(f"extra_cflags={extra}:\n    {build(extra)}")

# What the installed headers say: ATen/ATen.h's own check, and what g++
# reports, asked to be pedantic, when two torch headers are compiled as C++17
include = Path(torch.__file__).parent / "include"
aten = (include / "ATen" / "ATen.h").read_text().splitlines()
check = next(i for i, x in enumerate(aten) if "__cplusplus" in x)
print("\nATen/ATen.h:", aten[check], "|", aten[check + 1])
version = subprocess.run(["c++", "--version"], capture_output=True, text=True)
print("c++ is", version.stdout.splitlines()[0])
probe = folder / "headers17.cpp"
probe.write_text("#include <ATen/core/Tensor.h>\n#include <torch/library.h>\n")
done = subprocess.run(
    ["c++", "-std=c++17", "-fsyntax-only", "-Wpedantic", f"-I{include}",
     f"-I{include}/torch/csrc/api/include", str(probe)],
    capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
print("g++ -std=c++17 -Wpedantic on ATen/core/Tensor.h and torch/library.h:",
      "exit code", done.returncode)
errors, extensions = [], {}
for line in done.stderr.splitlines():
    for folder_name in {str(include), str(include.resolve())}:
        line = line.replace(folder_name + os.sep, "")
    found = re.match(r"(\S+?):(\d+):\d+: (warning|error): (.*)", line)
    if found and found[3] == "error":
        errors.append(f"{found[1]}:{found[2]}: {found[4]}")
    elif found and "c++20" in found[4]:
        what = found[4].split(" only available")[0]
        extensions.setdefault((found[1], what), []).append(found[2])
print(f"  {len(errors)} errors"
      + (f"; the first: {errors[0]}" if errors else ""))
print("  C++20 features g++ accepted as extensions (first line, warnings):")
for (file, what), lines in extensions.items():
    print(f"    {file}:{lines[0]}: {what} ({len(lines)})")
