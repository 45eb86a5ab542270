# "Could not run 'aten::_spsolve' with arguments from the 'SparseCsrCPU'
# backend", and sparse logits in a loss: ops with no kernel for a layout.
import warnings

import torch
import torch.nn.functional as F

warnings.filterwarnings("ignore", message="Sparse CSR tensor support")
keys = ("CPU", "SparseCPU", "SparseCsrCPU", "CUDA", "SparseCUDA",
        "SparseCsrCUDA")
print("kernels registered, of", ", ".join(keys) + ":")
for op in ("_spsolve", "_log_softmax", "_log_softmax_backward_data",
           "_scaled_mm"):
    has = [k for k in keys
           if torch._C._dispatch_has_kernel_for_dispatch_key("aten::" + op, k)]
    print(f"  {op}: {', '.join(has) or 'none'}")

A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 0.0], [0.0, 0.0, 2.0]])
b = torch.tensor([1.0, 2.0, 3.0])
try:
    torch.sparse.spsolve(A.to_sparse_csr(), b)
except NotImplementedError as e:
    print("spsolve:", str(e).split(". ")[0] + ".")
x = torch.linalg.solve(A.to_sparse_csr().to_dense(), b)   # fix: dense
print("to_dense() + linalg.solve:", torch.allclose(A @ x, b))

logits = torch.tensor([[2.0, 0.0, 1.0], [0.0, 3.0, 0.0]]).to_sparse()
target = torch.tensor([0, 1])
try:
    F.cross_entropy(logits.requires_grad_(), target)
except NotImplementedError as e:
    print("cross_entropy:", str(e).split(". ")[0] + ".")
dense = logits.detach().to_dense().requires_grad_()       # fix: dense
F.cross_entropy(dense, target).backward()
print("to_dense() first: loss and grad", dense.grad.layout)
# torch.sparse.log_softmax has sparse kernels, backward included
out = torch.sparse.log_softmax(logits.detach().requires_grad_(), 1)
print("torch.sparse.log_softmax:", out.layout)

# fp8 weights moved to the CPU: upcast them for an op every build has
w8 = torch.randn(3, 4).to(torch.float8_e4m3fn)
y = F.linear(torch.randn(2, 4), w8.to(torch.float32))
print("float8 weight upcast for F.linear on the CPU:", w8.dtype, "->",
      y.dtype, tuple(y.shape))
