# aten::linear as the dispatcher sees it: schema, registered kernels, and the
# kernel chosen for each dispatch key.
# --8<-- [start:schema]
import re

import torch

op = torch.ops.aten.linear
print("schema:   ", op.default._schema)
print("overloads:", op.overloads())
for key in ("CompositeImplicitAutograd", "CPU", "AutogradCPU",
            "NestedTensorCPU"):
    has = torch._C._dispatch_has_kernel_for_dispatch_key("aten::linear", key)
    print(f"has a kernel registered for {key}: {has}")
# --8<-- [end:schema]


# --8<-- [start:dump]
def where(text):
    """'registered at /<build dir>/aten/src/X.cpp:123' -> 'aten/src/X.cpp'
    (no build directory, no line number)."""
    source = r"registered at \S*?/((?:build/)?(?:aten|torch|c10)/\S+?):\d+"
    return re.sub(source, r"\1", text)


print("Kernels registered for aten::linear (torch._C._dispatch_dump):")
for line in torch._C._dispatch_dump("aten::linear").splitlines():
    if ": registered at" in line and not line.startswith("debug:"):
        key, rest = line.split(": ", 1)
        print(f"  {key:36} {where(rest).split(' :: ')[0]}")
# --8<-- [end:dump]

# --8<-- [start:table]
keys = {"aten::linear": ("CPU", "AutogradCPU", "NestedTensorCPU",
                         "AutogradNestedTensor", "Python"),
        "aten::addmm": ("CPU", "AutogradCPU", "Python")}
for name, shown in keys.items():
    dump = torch._C._dispatch_dump_table(name)
    table = dict(line.split(": ", 1) for line in dump.splitlines()
                 if ": " in line)
    print(f"Kernel the dispatcher runs for {name} "
          f"(torch._C._dispatch_dump_table):")
    for key in shown:
        print(f"  {key:21} {where(table[key])}")
# --8<-- [end:table]

# --8<-- [start:derivatives]
import os

import torchgen

package = os.path.dirname(torchgen.__file__)
path = os.path.join(package, "packaged", "autograd", "derivatives.yaml")
lines = open(path, encoding="utf-8").read().splitlines()
start = next(i for i, line in enumerate(lines)
             if line.startswith("- name: linear("))
print(f"# {os.path.relpath(path, os.path.dirname(package))}")
for i in range(start, start + 2):
    print(f"{i + 1:4}  {lines[i]}")  # the line's number, the line
# --8<-- [end:derivatives]

# --8<-- [start:coverage]
# Which runtime keys each alias key covers, as the installed torch answers
# (isIncludedInAlias in C++)
DK = torch._C.DispatchKey
runtime_keys = ("CPU", "QuantizedCPU", "SparseCPU", "NestedTensorCPU",
                "AutogradCPU", "AutogradNestedTensor", "AutogradOther",
                "FuncTorchBatched", "ADInplaceOrView", "Python")
aliases = ("CompositeExplicitAutogradNonFunctional",
           "CompositeExplicitAutograd",
           "CompositeImplicitAutogradNestedTensor",
           "CompositeImplicitAutograd", "Autograd",
           "FuncTorchBatchedDecomposition")
covered = set()
for alias in aliases:
    keys = [k for k in runtime_keys if torch._C._dispatch_is_included_in_alias(
        getattr(DK, k), getattr(DK, alias))]
    covered.update(keys)
    print(f"{alias} covers: {', '.join(keys)}")
print("no alias covers:",
      ", ".join(k for k in runtime_keys if k not in covered))
# --8<-- [end:coverage]

# --8<-- [start:rules]
# One table entry for each step of computeDispatchTableEntryWithDebug: the
# label the dump prints, and the file whose registration filled the entry.
examples = (("1", "aten::addmm", "CPU"),
            ("2.1", "aten::add.Tensor", "QuantizedCPU"),
            ("2.2", "aten::convolution", "CPU"),
            ("2.3", "aten::reshape", "NestedTensorCPU"),
            ("2.3", "aten::linear", "CPU"),
            ("2.4", "aten::linear", "AutogradNestedTensor"),
            ("2.4", "aten::convolution", "AutogradCPU"),
            ("2.5", "aten::linear", "FuncTorchBatched"),
            ("3", "aten::linear", "Python"))
print(f"{'step':5}{'operator':18}{'key':21}{'label':25}registered in")
for step, name, key in examples:
    dump = torch._C._dispatch_dump_table(name)
    table = dict(line.split(": ", 1) for line in dump.splitlines())
    source, label = re.match(r".*/(\w+?)(?:_\d+)?\.cpp:\d+ (\[.*\])$",
                             table[key]).groups()
    print(f"{step:5}{name:18}{key:21}{label:25}{source}")
for alias in ("CompositeImplicitAutogradNestedTensor",
              "CompositeImplicitAutograd"):
    print(f"aten::convolution has a {alias} kernel:",
          torch._C._dispatch_has_kernel_for_dispatch_key("aten::convolution",
                                                         alias))
# --8<-- [end:rules]

# --8<-- [start:custom]
# The two other outcomes, on operators of one's own: one with a math kernel
# and a SparseCPU kernel, and one with a CPU kernel only
lib = torch.library.Library("rules_demo", "DEF")
lib.define("both(Tensor x) -> Tensor")
lib.impl("both", lambda x: x * 2, "CompositeImplicitAutograd")
lib.impl("both", lambda x: x * 3, "SparseCPU")
lib.define("cpu_only(Tensor x) -> Tensor")
lib.impl("cpu_only", lambda x: x * 2, "CPU")
for name, key in (("rules_demo::both", "AutogradOther"),
                  ("rules_demo::both", "AutogradCPU"),
                  ("rules_demo::cpu_only", "CUDA")):
    dump = torch._C._dispatch_dump_table(name)
    table = dict(line.split(": ", 1) for line in dump.splitlines())
    label = re.search(r"\[.*\]$", table[key])[0] if key in table else "-"
    print(f"{name:21} {key:14} {label}")
# --8<-- [end:custom]
