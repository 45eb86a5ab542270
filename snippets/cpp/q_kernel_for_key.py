# Will an op run for a dispatch key? Two private questions the dispatcher
# answers: is a kernel registered for that very key, and does the key's
# table entry hold one (from the key, an alias key or a fallback)?
import torch

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
