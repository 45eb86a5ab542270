# Where is the CUDA (or CPU) kernel of torch.sigmoid? The YAML names one
# function for several devices; it calls a per-device "stub", whose
# kernels are registered elsewhere with REGISTER_DISPATCH.
import os

import torch
import torchgen

native = os.path.join(os.path.dirname(torchgen.__file__), "packaged", "ATen",
                      "native", "native_functions.yaml")
lines = open(native, encoding="utf-8").read().splitlines()
start = lines.index(next(line for line in lines
                         if line.startswith("- func: sigmoid.out(")))
print("\n".join(lines[start:lines.index("", start)]))

include = os.path.join(os.path.dirname(torch.__file__), "include", "ATen",
                       "native")
for name in ("UnaryOps.h", "DispatchStub.h"):
    text = open(os.path.join(include, name), encoding="utf-8").read()
    if name == "UnaryOps.h":
        print(f"\n// torch/include/ATen/native/{name}:")
        print(next(line for line in text.splitlines()
                   if "sigmoid_stub)" in line))
    else:                                  # its first comment block
        rows = text.splitlines()
        first = next(i for i, r in enumerate(rows) if "// Implements" in r)
        end = next(i for i in range(first, len(rows))
                   if rows[i].startswith("// If you want"))
        print(f"\n// torch/include/ATen/native/{name}:")
        print("\n".join(r for r in rows[first:end - 1] if "TODO" not in r
                        and "main dispatch mechanism" not in r))
