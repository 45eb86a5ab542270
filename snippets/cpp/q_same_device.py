# "Expected all tensors to be on the same device ... (when checking argument
# ... in method wrapper_CUDA_scatter__value)": the check is generated into
# each CUDA kernel's wrapper. torchgen, shipped in the wheel, writes that
# wrapper for scatter_.value here; no GPU is used.
import mmap
import os

import torch
import torchgen
import yaml
from torchgen import dest
from torchgen.gen import (LineLoader, get_grouped_native_functions,
                          parse_native_yaml_struct, parse_tags_yaml)
from torchgen.model import DispatchKey
from torchgen.selective_build.selector import SelectiveBuilder
from torchgen.utils import Target

native = os.path.join(os.path.dirname(torchgen.__file__), "packaged",
                      "ATen", "native")
lines = open(os.path.join(native, "native_functions.yaml"),
             encoding="utf-8").read().splitlines()


def entry_text(name):
    """The text of the yaml entry of one overload, e.g. 'scatter_.value'."""
    base, _, overload = name.partition(".")
    head = f"- func: {base}.{overload}("
    start = next(i for i, line in enumerate(lines) if line.startswith(head))
    return "\n".join(lines[start:lines.index("", start)])


text = "\n".join(entry_text(n) for n in
                 ("scatter.value", "scatter_.value", "scatter.value_out"))
parsed = parse_native_yaml_struct(
    yaml.load(text, Loader=LineLoader),
    parse_tags_yaml(os.path.join(native, "tags.yaml")))
group, = get_grouped_native_functions(parsed.native_functions)
generate = dest.RegisterDispatchKey(
    parsed.backend_indices[DispatchKey.CUDA], Target.ANONYMOUS_DEFINITION,
    SelectiveBuilder.get_nop_selector(), rocm=False, symint=True,
    class_method_name=None, skip_dispatcher_op_registration=False)
code = "\n".join(generate(group)).splitlines()
start = next(i for i, line in enumerate(code)
             if "wrapper_CUDA_scatter__value(" in line)
print("generated for CUDA:", code[start].split("(")[0] + "(...) {")
print(*[line.strip() for line in code[start:start + 6]
        if "check_and_update" in line], sep="\n")

header = os.path.join(os.path.dirname(torch.__file__), "include", "ATen",
                      "core", "op_registration", "adaption.h")
source = open(header, encoding="utf-8").read()
body = source[source.index("inline void check_and_update_common_device"):]
print("adaption.h:", *[line.strip() for line in body.splitlines()
                      if "common_device !=" in line or "failure(" in line],
      sep="\n  ")

# the message that common_device_check_failure builds, as the pieces of text
# compiled into this torch's libtorch_cpu
lib = os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so")
with open(lib, "rb") as f, \
        mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
    start = m.find(b"Expected all tensors to be on the same device, but got ")
    pieces = m[start:m.find(b"\0", m.find(b"in method ", start))].split(b"\0")
    print("libtorch_cpu:", *[p.decode() for p in pieces if p], sep="\n  ")
    print("older wording 'when checking argument for argument' present:",
          m.find(b"when checking argument for argument") != -1)

# the fix: make new tensors on the device of the tensors you already have
def add_one_hot(x, labels):
    # not a fixed device such as "cuda:0", which is the same on every GPU
    one_hot = torch.zeros(x.shape, device=x.device)
    return x + one_hot.scatter_(1, labels.to(x.device).unsqueeze(1), 1.0)


for device in ("cpu", "meta"):  # meta stands in for a second device
    x = torch.zeros(2, 3, device=device)
    out = add_one_hot(x, torch.tensor([0, 2]))
    print(f"x on {device}: result on {out.device}")
try:
    torch.zeros(2, 3, device="meta") + torch.zeros(2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
