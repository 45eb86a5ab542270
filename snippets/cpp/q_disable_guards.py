# Which guard switches off which Python override: __torch_function__ of a
# subclass, a TorchFunctionMode, __torch_dispatch__ of a subclass, a
# TorchDispatchMode. Each cell: does the override still run inside the guard?
import contextlib

import torch
from torch.overrides import TorchFunctionMode
from torch.utils._mode_utils import no_dispatch
from torch.utils._python_dispatch import (TorchDispatchMode,
                                          _disable_current_modes)

ran = []


class FunctionSub(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        ran.append(cls)
        with torch._C.DisableTorchFunctionSubclass():
            return func(*args, **(kwargs or {}))


class DispatchSub(torch.Tensor):
    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        ran.append(cls)
        with no_dispatch():
            return func(*args, **(kwargs or {}))


class FunctionMode(TorchFunctionMode):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        ran.append(self)
        return func(*args, **(kwargs or {}))


class DispatchMode(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        ran.append(self)
        return func(*args, **(kwargs or {}))


plain = torch.ones(2)
# column: (the mode entered outside the guard, the tensor given 1 to add)
cases = {
    "fn sub": (contextlib.nullcontext, plain.as_subclass(FunctionSub)),
    "fn mode": (FunctionMode, plain),
    "disp sub": (contextlib.nullcontext,
                 torch.Tensor._make_subclass(DispatchSub, plain)),
    "disp mode": (DispatchMode, plain),
}
guards = {"(none)": contextlib.nullcontext,
          "DisableTorchFunctionSubclass":
              torch._C.DisableTorchFunctionSubclass,
          "DisableTorchFunction": torch._C.DisableTorchFunction,
          "no_dispatch": no_dispatch,
          "_disable_current_modes": _disable_current_modes}
print(f"{'inside':<29}" + "".join(f"{c:<10}" for c in cases).rstrip())
for name, guard in guards.items():
    row = []
    for mode, x in cases.values():
        ran.clear()
        with mode(), guard():
            torch.add(x, 1)
        row.append("runs" if ran else "off")
    print(f"{name:<29}" + "".join(f"{r:<10}" for r in row).rstrip())
