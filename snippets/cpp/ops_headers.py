# The C++ side of the binding's `at::linear(...)` call, in the headers the
# wheel ships.
import os
import re

import torch

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
ops = os.path.join(os.path.dirname(torch.__file__), "include", "ATen", "ops")


def show(name, *patterns):
    """Print the first line of a header matching each pattern, numbered."""
    path = os.path.join(ops, name)
    lines = open(path, encoding="utf-8").read().splitlines()
    found = sorted(next(i for i, line in enumerate(lines)
                        if re.search(pattern, line))
                   for pattern in patterns)
    print(f"// {os.path.relpath(path, site_packages)}")
    for i in found:
        print(f"{i + 1:4}  {lines[i]}".rstrip())
    print()


show("linear.h",
     r"inline at::Tensor linear\(", r"return at::_ops::linear::call")
show("linear_ops.h",
     r"^struct TORCH_API linear \{", r'name = "aten::linear"',
     r'schema_str = "linear\(', r"static at::Tensor call\(")
show("linear_compositeimplicitautograd_dispatch.h",
     r"^// NB: The implementing", r"^namespace compositeimplicitautograd",
     r"at::Tensor linear\(")
show("linear_native.h", r"^namespace native", r"at::Tensor linear\(")
