# The entry in native_functions.yaml that declares aten::linear, read from
# the installed wheel, and how many of the dispatcher's aten:: operators the
# file declares.
# --8<-- [start:packaged]
import os

import torch
import torchgen
from torchgen.gen import parse_native_yaml

package = os.path.dirname(torchgen.__file__)
site_packages = os.path.dirname(package)
packaged = os.path.join(package, "packaged")
for folder in ("ATen/native", "autograd"):
    yaml_files = sorted(n for n in os.listdir(os.path.join(packaged, folder))
                        if n.endswith(".yaml"))
    print(f"torchgen/packaged/{folder}, its YAML files:", yaml_files)
print("torchgen/packaged/ATen/templates has RegisterSchema.cpp:",
      "RegisterSchema.cpp" in os.listdir(f"{packaged}/ATen/templates"))
print("torchgen/packaged/autograd has gen_python_functions.py:",
      "gen_python_functions.py" in os.listdir(f"{packaged}/autograd"))
# --8<-- [end:packaged]

# --8<-- [start:entry]
path = os.path.join(packaged, "ATen", "native", "native_functions.yaml")
lines = open(path, encoding="utf-8").read().splitlines()
start = next(i for i, line in enumerate(lines)
             if line.startswith("- func: linear("))
end = lines.index("", start)  # entries are separated by a blank line
print(f"# {os.path.relpath(path, site_packages)}")
for i in range(start, end):
    print(f"{i + 1:4}  {lines[i]}")  # the line's number, the line
# --8<-- [end:entry]

# --8<-- [start:coverage]
declared = {f"aten::{f.func.name}" for f in parse_native_yaml(
    path, os.path.join(os.path.dirname(path), "tags.yaml")).native_functions}
known = {n for n in torch._C._dispatch_get_all_op_names()
         if n.startswith("aten::")}
print(f"aten:: operators (overloads) the dispatcher knows: {len(known)}; "
      f"declared in native_functions.yaml: {len(known & declared)}")
others = {}  # the source file that registers each of the others
for name in sorted(known - declared):
    dump = torch._C._dispatch_dump(name)
    where = dump.split("debug: registered at ")[1].splitlines()[0]
    source = os.path.basename(where.rsplit(":", 1)[0])
    others.setdefault(source, []).append(name.removeprefix("aten::"))
for source, names in others.items():
    print(f"  registered in {source}: {', '.join(names)}")
template = os.path.join(packaged, "ATen", "templates", "RegisterSchema.cpp")
print("  the template of RegisterSchema.cpp:", next(
    line.strip() for line in open(template, encoding="utf-8")
    if "get_gradients" in line))
# --8<-- [end:coverage]
