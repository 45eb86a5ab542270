# dtype errors from kernels: "expected scalar type Double but found Float"
# (now "expected m1 and m2 to have the same dtype"), "Found dtype Double but
# expected Float", and "addmm_impl_cpu_" not implemented for 'Half'.

import numpy as np
import torch
import torch.nn.functional as F
from torch.utils._python_dispatch import TorchDispatchMode

features = torch.from_numpy(np.ones((2, 3)))   # NumPy's default: float64
w = torch.ones(3, 1)                           # torch's default: float32
print("from NumPy:", features.dtype, "| torch.ones:", w.dtype)
print("features + w.T promotes:", (features + w.T).dtype)
try:
    torch.mm(features, w)
except RuntimeError as e:
    print("torch.mm: RuntimeError:", e)
print("fixed with .float():", torch.mm(features.float(), w).dtype)
print("or at creation:", torch.as_tensor(np.ones((2, 3)),
                                         dtype=torch.float32).dtype)

# the input is float32 and the model still fails: find the float64 inside
class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 1)
        self.register_buffer("scale", torch.tensor(np.full(3, 0.5)))

    def forward(self, x):
        return self.lin(x * self.scale)


model = Model()
x = torch.ones(2, 3)
try:
    model(x)
except RuntimeError as e:
    print("model(float32 input): RuntimeError:", e)
print("not float32 in the model:",
      [(n, t.dtype) for n, t in [*model.named_parameters(),
                                  *model.named_buffers()]
       if t.dtype != torch.float32])


class FirstDouble(TorchDispatchMode):
    """Report the first op whose output is float64."""
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        if isinstance(out, torch.Tensor) and out.dtype == torch.float64 \
                and not hasattr(self, "first"):
            self.first = (str(func), [getattr(a, "dtype", a) for a in args])
        return out


with FirstDouble() as mode:
    try:
        model(x)
    except RuntimeError:
        pass
print("first float64 result:", *mode.first)
print("fixed with model.float():", model.float()(x).dtype)

# a loss whose target is float64: the kernel refuses to mix them
pred = torch.sigmoid(torch.zeros(3, requires_grad=True))
target = torch.tensor([0.0, 1.0, 1.0], dtype=torch.float64)
try:
    F.binary_cross_entropy(pred, target)
except RuntimeError as e:
    print("binary_cross_entropy: RuntimeError:", e)
loss = F.binary_cross_entropy(pred, target.to(pred.dtype))
loss.backward()
print("target.to(pred.dtype):", loss.dtype, "backward ok")

# a loss whose forward promotes can still fail in backward: the backward
# kernel is built on TensorIterator, whose same-dtype check words it so
pred = torch.zeros(3, requires_grad=True)
target = torch.tensor([0.0, 1.0, 1.0], dtype=torch.float64)
loss = F.huber_loss(pred, target)
print("huber_loss forward:", loss.dtype)
scaler = torch.amp.GradScaler("cpu")       # as in a mixed-precision loop
try:
    scaler.scale(loss).backward()
except RuntimeError as e:
    print("scaler.scale(loss).backward(): RuntimeError:",
          str(e).splitlines()[0])
loss = F.huber_loss(pred, target.to(pred.dtype))   # the fix, at the loss
scaler.scale(loss).backward()
print("with target.to(pred.dtype): backward ok, pred.grad", pred.grad.dtype)

# Half on the CPU: this torch has addmm for Half; a dtype it lacks fails
print("nn.Linear in float16 on the CPU:",
      torch.nn.Linear(3, 2).half()(torch.ones(1, 3).half()).dtype)
b = torch.ones(2, 2, dtype=torch.bool)
try:
    torch.addmm(b, b, b)
except NotImplementedError as e:
    print("NotImplementedError:", e)
