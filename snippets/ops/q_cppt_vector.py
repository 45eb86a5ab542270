# A std::vector<float> to a tensor and back, in C++ (snippets/ops/
# cpp_tensors.cpp, built with the chapter's helper), called from Python:
# torch::tensor(v) and from_blob(...).clone() copy; a tensor becomes a
# vector through contiguous() and data_ptr<float>(), which checks the dtype.
import runpy

import torch

helpers = runpy.run_path("snippets/ops/extensions.py")
helpers["build"]("cpp_tensors", "snippets/ops/cpp_tensors.cpp")
ops = torch.ops.cppt

copied, cloned = ops.from_vector(4)  # the vector is gone when this returns
print("torch::tensor(v):               ", copied, copied.dtype)
print("from_blob(v.data(), ...).clone():", cloned, cloned.dtype)
expected = torch.arange(4) * 0.5
assert torch.equal(copied, expected) and torch.equal(cloned, expected)
assert copied.dtype == cloned.dtype == torch.float32

m = torch.arange(6.0).reshape(2, 3).t()  # not contiguous
print("\nm.is_contiguous():", m.is_contiguous())
print("to_vector(m):", ops.to_vector(m))  # contiguous() gives m's order
assert ops.to_vector(m) == m.flatten().tolist()

d = torch.ones(3, dtype=torch.float64)
try:
    ops.to_vector(d)  # data_ptr<float>() on float64 memory
except RuntimeError as e:
    print(f"\nfloat64: {type(e).__name__}: {e}")
print("after .float():", ops.to_vector(d.float()))
