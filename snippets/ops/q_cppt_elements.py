# Three ways to read t[i][j] as a C++ float, in snippets/ops/cpp_tensors.cpp:
# item<float>() on t[i][j], accessor<float, 2>(), and data_ptr<float>() with
# the strides. The ATen operators each one runs are counted with a
# TorchDispatchMode, and each is given a tensor it cannot read.
import collections
import runpy

import torch
from torch.utils._python_dispatch import TorchDispatchMode

helpers = runpy.run_path("snippets/ops/extensions.py")
helpers["build"]("cpp_tensors", "snippets/ops/cpp_tensors.cpp")
ops = torch.ops.cppt
ways = {"item": ops.sum_items, "accessor": ops.sum_accessor,
        "strides": ops.sum_strides}


class CountOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.calls = collections.Counter()

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.calls[str(func)] += 1
        return func(*args, **(kwargs or {}))


t = torch.arange(12.0).reshape(3, 4).t()  # 4 x 3, not contiguous
print("sum of a 4 x 3 tensor:", t.sum().item())
for name, way in ways.items():
    with CountOps() as counted:
        total = way(t)
    assert total == t.sum().item()
    print(f"  {name:8} {total}  ATen calls: {dict(counted.calls)}")

for bad in (torch.ones(2, 2, 2), torch.ones(2, 2, dtype=torch.float64)):
    print(f"\na {bad.dim()}-D {bad.dtype} tensor, sum {bad.sum().item()}:")
    for name, way in ways.items():
        try:
            print(f"  {name:8} {way(bad)}")
        except RuntimeError as e:
            print(f"  {name:8} {type(e).__name__}: {e}")
