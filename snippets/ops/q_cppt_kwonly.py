# A schema with a keyword-only argument, f(Tensor x, *, bool ha=True),
# defined by TORCH_LIBRARY in snippets/ops/cpp_tensors.cpp as in pytorch#56522,
# called through torch.ops with ha positional, and with it as a keyword.
import runpy

import torch

helpers = runpy.run_path("snippets/ops/extensions.py")
helpers["build"]("cpp_tensors", "snippets/ops/cpp_tensors.cpp")
f = torch.ops.cppt.f
print("schema:", f.default._schema)

x = torch.zeros(2)
for call, name in ((lambda: f(x, False), "f(x, False)"),
                   (lambda: f.default(x, False), "f.default(x, False)")):
    try:
        call()
    except RuntimeError as e:
        print(f"{name}: {type(e).__name__}: {e}")
print("f(x, ha=False):", f(x, ha=False))
print("f(x):          ", f(x))
assert torch.equal(f(x, ha=False), x - 1) and torch.equal(f(x), x + 1)
