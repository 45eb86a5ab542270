# CompositeImplicitAutograd and CompositeExplicitAutograd: which ops have
# which, how to tell, and what the difference changes for autograd.
import inspect
import os

import torch
import torch.nn.functional as F
import torchgen
import torchgen.model
import yaml

has = torch._C._dispatch_has_kernel_for_dispatch_key
path = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                    "native", "native_functions.yaml")
lines = open(path, encoding="utf-8").read().splitlines()
derivatives = open(os.path.join(os.path.dirname(torchgen.__file__),
                                "packaged", "autograd", "derivatives.yaml"),
                   encoding="utf-8").read()


def dispatch_of(func):
    start = next(i for i, line in enumerate(lines)
                 if line.startswith(f"- func: {func}("))
    entry = yaml.safe_load("\n".join(lines[start:lines.index("", start)]))[0]
    keys = [k.strip() for ks in entry.get("dispatch", {})
            for k in ks.split(",")]
    shown = [k for k in keys if k.startswith("Composite")]
    if len(shown) < len(keys):
        shown.append("backends")
    if not keys:
        shown.append("(no dispatch:)")
    if "structured_delegate" in entry:  # the kernels come from another entry
        shown.append(f"structured_delegate: {entry['structured_delegate']}")
    return ", ".join(shown)


print(f"{'operator':24} {'Implicit':9} {'Explicit':9} {'CPU':6}"
      f"{'formula':8} yaml dispatch:")
for op, func in (("aten::softmax.int", "softmax.int"),
                 ("aten::layer_norm", "layer_norm"),
                 ("aten::native_layer_norm", "native_layer_norm"),
                 ("aten::convolution", "convolution"),
                 ("aten::acos", "acos")):
    kinds = [has(op, key) for key in ("CompositeImplicitAutograd",
                                      "CompositeExplicitAutograd", "CPU")]
    formula = f"\n- name: {func}(" in derivatives
    print(f"{op:24} {kinds[0]!s:9} {kinds[1]!s:9} {kinds[2]!s:6}"
          f"{formula!s:8} {dispatch_of(func)}")

# where torchgen gives an entry that kernel (the wheel's torchgen/model.py):
# with no dispatch:, only if it is neither structured nor a delegate
source = inspect.getsource(torchgen.model.NativeFunction.from_yaml)
print("torchgen.model.NativeFunction.from_yaml:")
for start in ("if raw_dispatch is not None:",
              "elif not structured and structured_delegate is None:",
              "dispatch[DispatchKey.CompositeImplicitAutograd] = "):
    print(" ", next(line[4:] for line in source.splitlines()
                    if line.strip().startswith(start)), "...")

x = torch.randn(2, 4, requires_grad=True)
print("grad_fn of F.softmax:", F.softmax(x, -1).grad_fn.name(),
      "| of F.layer_norm:", F.layer_norm(x, (4,)).grad_fn.name(),
      "| of torch.acos:", torch.acos(x).grad_fn.name())
meta = torch.empty(2, 4, device="meta")
print("layer_norm on meta, through native_layer_norm's Meta kernel:",
      F.layer_norm(meta, (4,)).shape)

# a third alias key, CompositeExplicitAutogradNonFunctional: which backend
# keys its kernel fills, next to a CompositeExplicitAutograd one
for op, func in (("aten::convolution", "convolution"),
                 ("aten::select_backward", "select_backward")):
    table = torch._C._dispatch_dump_table(op)
    rows = dict(line.split(": ", 1) for line in table.splitlines())
    filled = [key for key in ("CPU", "QuantizedCPU", "SparseCPU", "XLA",
                              "Lazy") if key in rows]
    labels = {rows[key][rows[key].index("["):] for key in filled}
    print(f"{op}: {dispatch_of(func)}\n  fills {', '.join(filled)}",
          f"(each {', '.join(labels)})")
