# From a Python name to the C++ that runs, step by step, for torch.relu.
# Every step reads the installed torch (torch._C._dispatch_*: private).
import os
import re

import torch
import torchgen
import yaml

torch_dir = os.path.dirname(torch.__file__)
yaml_path = os.path.join(os.path.dirname(torchgen.__file__), "packaged",
                         "ATen", "native", "native_functions.yaml")
yaml_lines = open(yaml_path, encoding="utf-8").read().splitlines()


def yaml_entry(func):
    """The native_functions.yaml entry whose schema starts with func, as a
    dict, its dispatch: section as {key: C++ function} (one key a line)."""
    start = next(i for i, line in enumerate(yaml_lines)
                 if line.startswith(f"- func: {func}("))
    entry = yaml.safe_load("\n".join(
        yaml_lines[start:yaml_lines.index("", start)]))[0]
    entry["dispatch"] = {key.strip(): fn
                         for keys, fn in entry.get("dispatch", {}).items()
                         for key in keys.split(",")}
    return entry


def short(where):
    """'registered at /<build>/aten/src/ATen/RegisterCPU_2.cpp:3928 [kernel]'
    -> 'RegisterCPU_N.cpp [kernel]': file name only, no line, and no shard
    number (it varies by release)."""
    where = re.sub(r"\S*/", "", where.replace("registered at ", ""))
    return re.sub(r"(_\d+)?\.(cpp|py):\d+", lambda m: (
        "_N" if m[1] else "") + "." + m[2], where)


print("1. torch.relu is", type(torch.relu).__name__,
      "| the operator: torch.ops.aten.relu")
print("   overloads:", torch.ops.aten.relu.overloads())
print("   schema:   ", torch.ops.aten.relu.default._schema)

entry = yaml_entry("relu")
print("2. native_functions.yaml, entry '- func: relu(':")
print("   variants:", entry["variants"])
for key, fn in entry["dispatch"].items():
    if key.endswith("CPU"):  # the keys this CPU build can run
        print(f"   dispatch {key + ':':16} at::native::{fn}")

print("3. the kernel each dispatch key runs (_dispatch_dump_table):")
table = dict(line.split(": ", 1) for line in
             torch._C._dispatch_dump_table("aten::relu").splitlines()
             if ": " in line)
for key in ("CPU", "AutogradCPU", "SparseCPU", "Meta"):
    print(f"   {key:12}", short(table[key]))

print("4. those C++ functions, declared in ATen/ops/relu_native.h:")
header = os.path.join(torch_dir, "include", "ATen", "ops", "relu_native.h")
named = {fn for key, fn in entry["dispatch"].items() if key.endswith("CPU")}
for line in open(header, encoding="utf-8"):
    name = re.search(r"(\w+)\(", line)
    if "TORCH_API" in line and name and name[1] in named:
        print("  ", line.strip().removeprefix("TORCH_API "))

print("5. what at::native::relu calls, as the profiler records it:")
os.environ["KINETO_LOG_LEVEL"] = "6"  # no profiler_start/stop on stderr
with torch.profiler.profile() as prof:
    torch.relu(torch.randn(3))
names = [e.name for e in prof.events() if e.name != "aten::randn"]
print("  ", [n for n in names if n in ("aten::relu", "aten::clamp_min")])
try:
    torch.relu(torch.tensor([True]))
except Exception as e:
    print("   bool input refused:",
          "Boolean inputs not supported for relu" in str(e))
