# torch.add and torch.sum: yaml entries without a CPU line. Structured
# kernels, and the ufunc code torchgen generates for add's CPU kernel.
import os
import re

import torch
import torchgen
import yaml
from torchgen import dest
from torchgen.gen import (LineLoader, get_grouped_native_functions,
                          parse_native_yaml_struct, parse_tags_yaml)

native = os.path.join(os.path.dirname(torchgen.__file__), "packaged",
                      "ATen", "native")
lines = open(os.path.join(native, "native_functions.yaml"),
             encoding="utf-8").read().splitlines()


def entry_text(name):
    """The text of the yaml entry of one overload, e.g. 'add.out'."""
    base, _, overload = name.partition(".")
    head = f"- func: {base}.{overload}(" if overload else f"- func: {base}("
    start = next(i for i, line in enumerate(lines) if line.startswith(head))
    return "\n".join(lines[start:lines.index("", start)])


for name in ("add.Tensor", "add_.Tensor", "add.out",
             "sum.dim_IntList", "sum.IntList_out",
             "native_batch_norm", "native_batch_norm.out"):
    entry = yaml.safe_load(entry_text(name))[0]
    keys = {k.strip() for ks in entry.get("dispatch", {})
            for k in ks.split(",")}
    how = (f"structured_delegate: {entry['structured_delegate']}"
           if "structured_delegate" in entry else
           f"structured: {entry.get('structured', False)}")
    table = torch._C._dispatch_dump_table(f"aten::{name}")
    runs = re.search(r"^CPU: .* (\[.*\])$", table, flags=re.M)[1]
    print(f"{name:21} {how:37} yaml CPU: {'CPU' in keys!s:5} "
          f"table CPU: {runs}")

include = os.path.join(os.path.dirname(torch.__file__), "include", "ATen",
                       "ops")
for op in ("add", "sum"):
    header = open(os.path.join(include, f"{op}_native.h"), encoding="utf-8")
    print(f"{op}_native.h:", *[line.strip() for line in header
                               if line.startswith("struct")], sep="\n  ")

# torchgen turns add.out's ufunc_inner_loop into the CPU kernel
# (UfuncCPU_add.cpp and UfuncCPUKernel_add.cpp in a build tree)
entries = yaml.load("\n".join(entry_text(n) for n in
                              ("add.Tensor", "add_.Tensor", "add.out")),
                    Loader=LineLoader)
parsed = parse_native_yaml_struct(
    entries, parse_tags_yaml(os.path.join(native, "tags.yaml")))
group, = get_grouped_native_functions(parsed.native_functions)
print("generated:", *[line.split("(const")[0] + "(...) {" if "IMPL" in line
                      else line for line in dest.compute_ufunc_cpu(group)
                      .splitlines() if "add_stub(" in line or "IMPL" in line],
      sep="\n  ")
kernel = dest.compute_ufunc_cpu_kernel(group)
print("  ", re.search(r'AT_DISPATCH_SWITCH\(.*?"(\w+)"', kernel)[0], "...")
print("   dtypes:", ", ".join(re.findall(r"ScalarType::(\w+)", kernel)))
print("   inner loop:", sorted(set(re.findall(r"ufunc::add\(.*?\)", kernel))))
try:
    torch.ones(2, dtype=torch.uint16) + 1
except NotImplementedError as e:
    print("NotImplementedError:", e)
