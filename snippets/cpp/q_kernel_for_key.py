# Will an op run for a dispatch key? Two private questions the dispatcher
# answers: is a kernel registered for that very key, and does the key's
# table entry hold one (from the key, an alias key or a fallback)?
import textwrap
import warnings

import torch
import torch.nn.functional as F

C = torch._C
ops = ("aten::add.Tensor", "aten::relu", "aten::flip", "aten::cumsum",
       "aten::conv2d", "aten::native_layer_norm")
keys = ("CPU", "Meta", "SparseCPU", "QuantizedCPU")
print(f"{'registered / table':24}", *[f"{k:13}" for k in keys])
for op in ops:
    cells = []
    for key in keys:
        registered = C._dispatch_has_kernel_for_dispatch_key(op, key)
        computed = C._dispatch_has_computed_kernel_for_dispatch_key(op, key)
        cells.append(f"{'yes' if registered else 'no':3} / "
                     f"{'yes' if computed else 'NO':7}")
    print(f"{op:24}", *cells)

cuda = [op.removeprefix("aten::") for op in ops
        if C._dispatch_has_kernel_for_dispatch_key(op, "CUDA")]
print("kernels registered for CUDA:", ", ".join(cuda) or "none")
print("alias keys registered for aten::conv2d:",
      [k for k in ("CompositeImplicitAutograd", "CompositeExplicitAutograd")
       if C._dispatch_has_kernel_for_dispatch_key("aten::conv2d", k)])
try:
    torch.randn(3, 3).to_sparse().cumsum(0)
except NotImplementedError as e:
    print("NotImplementedError:", str(e).split(". ")[0])
try:  # a table entry from an alias key runs, and may fail further in
    torch.native_layer_norm(torch.randn(3, 4).to_sparse(), [4], None, None,
                            1e-5)
except RuntimeError as e:
    print("RuntimeError:", e)

# the keys whose entry for conv2d is not its CompositeImplicitAutograd kernel
entries = [line.split(": ", 1) for line in
           C._dispatch_dump_table("aten::conv2d").splitlines()]
not_math = {}
for key, where in entries:
    if not where.endswith("[math kernel]"):
        not_math.setdefault(where[where.index("["):], []).append(key)
print(f"aten::conv2d: {len(entries) - sum(map(len, not_math.values()))} "
      "table entries hold its math kernel; the others:")
for label, keys in not_math.items():
    print(textwrap.fill(f"{label}: {', '.join(keys)}", 79,
                        initial_indent="  ", subsequent_indent="    "))

# conv2d's table entry is "yes" for every key above; the ops it calls are not
x, w = torch.randn(1, 1, 4, 4), torch.randn(1, 1, 3, 3)
with warnings.catch_warnings(record=True):  # quantized tensors: deprecated
    quantized = (torch.quantize_per_tensor(x, 0.1, 0, torch.quint8),
                 torch.quantize_per_tensor(w, 0.1, 0, torch.qint8))
for key, args in (("Meta", (x.to("meta"), w.to("meta"))),
                  ("SparseCPU", (x.to_sparse(), w.to_sparse())),
                  ("QuantizedCPU", quantized)):
    try:
        print(f"F.conv2d on {key}:", tuple(F.conv2d(*args).shape))
    except (RuntimeError, NotImplementedError) as e:
        print(f"F.conv2d on {key}: {type(e).__name__}:")
        print(textwrap.fill(str(e).split(". ")[0], 79, initial_indent="  ",
                            subsequent_indent="  "))
