# "Could not run 'aten::conv2d' with arguments from the 'Autocastocl'
# backend": autocast on an out-of-tree device (PrivateUse1, renamed "ocl"
# here, a device written in Python) whose package registered nothing for
# its autocast key, AutocastPrivateUse1.
import torch
from torch._C import DispatchKey
from torch.utils import backend_registration


class Amp(backend_registration._DummyBackendModule):
    def get_amp_supported_dtype(self):   # torch.autocast asks the device
        return [torch.float16, torch.bfloat16]


backend_registration._setup_privateuseone_for_python_backend(
    rename="ocl", backend_module=Amp())


class Dev(torch.Tensor):
    """A tensor of the device: no storage, the data in a CPU tensor."""
    @staticmethod
    def __new__(cls, data):
        t = torch._C._acc.create_empty_tensor(data.shape, data.dtype)
        t.__class__ = cls
        return t

    def __init__(self, data):
        self.data_cpu = data


def copy_from(src, dst, non_blocking=False):
    if dst.device.type == "cpu":
        return dst.copy_(src.data_cpu)
    dst.data_cpu = (src.data_cpu if src.device.type == "ocl"
                    else src).to(dst.dtype)
    return dst


lib = torch.library.Library("aten", "IMPL")   # the device's kernels
lib.impl("empty.memory_format",
         lambda size, **kw: Dev(torch.empty(size, dtype=kw.get("dtype"))),
         "PrivateUse1")
lib.impl("empty_strided", lambda size, stride, **kw:
         Dev(torch.empty(size, dtype=kw.get("dtype"))), "PrivateUse1")
lib.impl("_copy_from", copy_from, "PrivateUse1")
lib.impl("mm", lambda a, b: Dev(a.data_cpu @ b.data_cpu), "PrivateUse1")

x = torch.ones(2, 2).to("ocl")
print("keys of an ocl tensor:", torch._C._dispatch_keys(x))
print("mm without autocast:", torch.mm(x, x).dtype)
for key in ("AutocastCPU", "AutocastCUDA", "AutocastPrivateUse1"):
    print(f"a fallback for {key}:",
          torch._C._dispatch_has_backend_fallback(getattr(DispatchKey, key)))
excluded = torch._C._dispatch_tls_is_dispatch_key_excluded
print("AutocastPrivateUse1 excluded: outside autocast",
      excluded(DispatchKey.AutocastPrivateUse1), end=", ")
try:
    with torch.autocast("ocl", dtype=torch.float16):
        print("inside", excluded(DispatchKey.AutocastPrivateUse1))
        torch.mm(x, x)
except NotImplementedError as e:
    print("under autocast:", str(e).split(". ")[0] + ".")

# fix 1, the backend's: a fallthrough for its autocast key, for every
# operator: autocast then lets each call through uncast
keep = torch.library.Library("_", "IMPL")       # keep it alive
keep.fallback(torch.library.fallthrough_kernel, "AutocastPrivateUse1")
with torch.autocast("ocl", dtype=torch.float16):
    print("with the fallthrough:", torch.mm(x, x).dtype)


# fix 2, also the backend's: an autocast kernel for each operator it wants
# cast (what torch's own lists do for CPU and CUDA), casting, then calling
# the operator again with the autocast key excluded
def autocast_mm(a, b):
    with torch._C._ExcludeDispatchKeyGuard(
            torch._C.DispatchKeySet(DispatchKey.AutocastPrivateUse1)):
        dtype = torch.get_autocast_dtype("ocl")
        return torch.mm(a.to(dtype), b.to(dtype))


lib.impl("mm", autocast_mm, "AutocastPrivateUse1")
with torch.autocast("ocl", dtype=torch.float16):
    y = torch.mm(x, x)
print("with an autocast kernel for mm:", y.dtype, y.device,
      y.cpu().tolist())
assert y.dtype == torch.float16

# Leave the process as it was: the kernels and the fallthrough go with their
# Library objects. A device cannot be unregistered, so it is marked
# unavailable: DataParallel and torch.accelerator ask is_available().
keep._destroy()
lib._destroy()
torch.ocl.is_available = lambda: False
