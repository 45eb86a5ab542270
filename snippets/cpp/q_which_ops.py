# Three places to watch one call from: the Python API (__torch_function__),
# below autograd (__torch_dispatch__), and every dispatcher entry (profiler).
import os

import torch
import torch.nn.functional as F
from torch.overrides import TorchFunctionMode
from torch.utils._python_dispatch import TorchDispatchMode

os.environ["KINETO_LOG_LEVEL"] = "6"  # no profiler_start/stop on stderr


class FunctionLog(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.calls = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.calls.append(f"{func.__module__}.{func.__qualname__}")
        return func(*args, **(kwargs or {}))


class DispatchLog(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.calls = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.calls.append(str(func))
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
x = torch.randn(2, 4)
w = torch.ones(4, requires_grad=True)
b = torch.zeros(4, requires_grad=True)


def call():
    return F.layer_norm(x, (4,), w, b)


with FunctionLog() as log:
    call()
print("TorchFunctionMode: ", log.calls)
with DispatchLog() as log:
    call()
print("TorchDispatchMode: ", log.calls)
with torch.profiler.profile() as prof:
    call()
print("torch.profiler:    ", [e.name for e in prof.events()])
with torch.inference_mode(), DispatchLog() as log:
    call()
print("TorchDispatchMode, inference_mode:", log.calls)
with torch.profiler.profile() as prof:
    torch.ops.aten.is_complex(x)  # an op the dispatcher leaves unobserved
print("torch.profiler, aten.is_complex(x):", [e.name for e in prof.events()])
