# terminal: a RecursionError in a mode's handler leaves the mode pushed
# Inside a TorchDispatchMode's own __torch_dispatch__ no mode is active,
# and "with self:" there recurses: the call re-enters the same handler.
import sys

import torch
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.utils._python_dispatch import (TorchDispatchMode,
                                          _get_current_dispatch_mode,
                                          _get_current_dispatch_mode_stack)


class Log(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        print(f"  {func}: mode inside the handler:",
              _get_current_dispatch_mode())
        return func(*args, **(kwargs or {}))


with Log():
    print("in the with block:", type(_get_current_dispatch_mode()).__name__)
    torch.ones(2).add(1)


# to see the ops an op is made of: run its decomposition with the mode on
class Decompose(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        print("  saw", func)
        with self:
            out = func.decompose(*args, **(kwargs or {}))
        if out is NotImplemented:        # no decomposition: call it
            out = func(*args, **(kwargs or {}))
        return out


with Decompose(), torch.inference_mode():
    torch.nn.functional.linear(torch.ones(1, 3), torch.ones(2, 3))


# a subclass's handler runs with the modes active: FakeTensorMode's
# tensors are fake there, factory functions included
class Wrapper(torch.Tensor):
    @staticmethod
    def __new__(cls, elem):
        return torch.Tensor._make_wrapper_subclass(
            cls, elem.shape, dtype=elem.dtype, device=elem.device)

    def __init__(self, elem):
        self.elem = elem

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        made = torch.zeros(2)
        print("  subclass handler: modes",
              [type(m).__name__ for m in _get_current_dispatch_mode_stack()],
              "| torch.zeros gives", type(made).__name__)
        args = [a.elem if isinstance(a, Wrapper) else a for a in args]
        return Wrapper(func(*args, **(kwargs or {})))


with FakeTensorMode() as fake:
    Wrapper(fake.from_tensor(torch.ones(2))) + 1


# last: a RecursionError leaves the mode stack in disorder
class Reenter(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        with self:                       # the mode again, then the same op
            return func(*args, **(kwargs or {}))


sys.setrecursionlimit(200)
try:
    with Reenter():
        torch.ones(2)
except RecursionError as e:
    print("with self + func(...):", type(e).__name__)
