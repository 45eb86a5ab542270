# "Could not run 'aten::normal_' with arguments from the 'PrivateUse1'
# backend": an out-of-tree device on the PrivateUse1 key, here one written
# in Python (torch's experimental helper), whose tensors keep a CPU tensor.
import warnings

import torch
from torch.utils.backend_registration import (
    _setup_privateuseone_for_python_backend)

_setup_privateuseone_for_python_backend()  # the device "privateuseone"


class Dev(torch.Tensor):
    """A tensor of the device: no storage, the data in a CPU tensor."""
    @staticmethod
    def __new__(cls, data):
        t = torch._C._acc.create_empty_tensor(data.shape, data.dtype)
        t.__class__ = cls
        return t

    def __init__(self, data):
        self.data_cpu = data


lib = torch.library.Library("aten", "IMPL")  # kernels of the backend:
lib.impl("empty.memory_format",
         lambda size, **kw: Dev(torch.empty(size, dtype=kw.get("dtype"))),
         "PrivateUse1")
lib.impl("empty_strided", lambda size, stride, **kw:
         Dev(torch.empty(size, dtype=kw.get("dtype"))), "PrivateUse1")


def copy_from(src, dst, non_blocking=False):
    if dst.device.type == "cpu":
        return dst.copy_(src.data_cpu)
    dst.data_cpu = (src.data_cpu if src.device.type == "privateuseone"
                    else src).clone()
    return dst


lib.impl("_copy_from", copy_from, "PrivateUse1")

x = torch.ones(2, 3).to("privateuseone")
print(x.device, torch._C._dispatch_keys(x))
for what, call in (("x.normal_()", lambda: x.normal_()),
                   ("nn.Linear(3, 2, device=...)",
                    lambda: torch.nn.Linear(3, 2, device="privateuseone")),
                   ("a sparse tensor .to(device)",
                    lambda: torch.eye(2).to_sparse().to("privateuseone"))):
    try:
        call()
    except NotImplementedError as e:
        print(f"{what}: {str(e).split('. ')[0]}.")

# the fix is the backend's: a kernel for each op, registered when its
# module is imported (a C++ backend's TORCH_LIBRARY_IMPL, on loading)
for op in ("normal_", "uniform_"):
    print(f"aten::{op} has a PrivateUse1 kernel:",
          torch._C._dispatch_has_kernel_for_dispatch_key(f"aten::{op}",
                                                         "PrivateUse1"))
lib.impl("normal_", lambda self, mean=0.0, std=1.0, generator=None:
         (self.data_cpu.normal_(mean, std), self)[1], "PrivateUse1")
lib.impl("uniform_", lambda self, a=0.0, b=1.0, generator=None:
         (self.data_cpu.uniform_(a, b), self)[1], "PrivateUse1")
print("after lib.impl:", torch._C._dispatch_has_kernel_for_dispatch_key(
    "aten::normal_", "PrivateUse1"))
torch.manual_seed(0)
w = torch.empty(2, 3, device="privateuseone").uniform_(-1, 1)
print("uniform_ now runs:", w.device, "| back on the CPU, all in [-1, 1]:",
      bool(w.cpu().abs().le(1).all()), "| x.normal_():", x.normal_().device)
# a sparse tensor: the backend has no Sparse kernels; move it dense
moved = torch.eye(2).to_sparse().to_dense().to("privateuseone")
print("to_dense() first:", moved.device, moved.layout)

# PYTORCH_ENABLE_MPS_FALLBACK=1 does this for MPS: a fallback for the key,
# for every operator, that runs the op on the CPU
def cpu_fallback(op, *args, **kwargs):
    warnings.warn(f"{op} ran on the CPU")
    cpu = lambda a: a.cpu() if isinstance(a, torch.Tensor) else a
    out = op(*[cpu(a) for a in args], **kwargs)
    return out.to("privateuseone")


fallback_lib = torch.library.Library("_", "IMPL")  # keep it: deleting it
fallback_lib.fallback(cpu_fallback, "PrivateUse1")  # deregisters the kernel
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = torch.arange(3.0).to("privateuseone").flip(0)
print("flip with the fallback:", y.device, y.cpu().tolist(), "|",
      caught[0].message)

# Leave the process as it was: the kernels and the fallback go with their
# Library objects. A device cannot be unregistered, so it is marked
# unavailable: DataParallel and torch.accelerator ask is_available().
fallback_lib._destroy()
lib._destroy()
torch.privateuseone.is_available = lambda: False
