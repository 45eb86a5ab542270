# What the dispatcher holds for the C++ operator: a schema and one kernel, for
# CPU; every other key falls back to what torch registered for all operators,
# or to nothing.
import re
import runpy

import torch

runpy.run_path("snippets/ops/extensions.py")["load_myops"]()


def short(text):  # registered at /long/path/file.cpp:18 -> file.cpp:18
    return re.sub(r"/\S*/", "", text)


print(short(torch._C._dispatch_dump("myops::scaled_add")).strip())
print("the computed table, for four keys:")
table = short(torch._C._dispatch_dump_table("myops::scaled_add")).splitlines()
for key in ("CPU", "Meta", "AutogradCPU", "SparseCPU"):
    print(" ", next((r for r in table if r.startswith(key + ":")),
                    key + ": (no entry)"))

x = torch.ones(2, 3)
for name, t in [("meta", x.to("meta")), ("sparse", x.to_sparse())]:
    try:
        torch.ops.myops.scaled_add(t, t, 2.0)
    except NotImplementedError as e:
        print(f"{name}: NotImplementedError:", str(e).split(". ")[0] + ".")


# The fix for meta tensors: a kernel for the Meta key. register_fake registers
# one (and the fake tensors' impl), from Python, for an operator defined in
# C++:
@torch.library.register_fake("myops::scaled_add")
def _(x, y, alpha):
    torch._check(x.shape == y.shape, lambda: "x and y: not the same shape")
    return torch.empty_like(x)


m = x.to("meta")
print("meta, after register_fake:", torch.ops.myops.scaled_add(m, m, 2.0))
table = short(torch._C._dispatch_dump_table("myops::scaled_add")).splitlines()
print(" ", next(r for r in table if r.startswith("Meta:")))
# For the sparse tensor: a kernel of its own (TORCH_LIBRARY_IMPL(myops,
# SparseCPU, m)), or the caller converts it to the layout the operator has a
# kernel for:
dense = x.to_sparse().to_dense()
print("sparse, to_dense():", torch.ops.myops.scaled_add(dense, x, 2.0))
