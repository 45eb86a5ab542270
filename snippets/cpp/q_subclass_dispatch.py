# Writing a subclass's __torch_dispatch__: RecursionError when the handler
# calls the operator on its own arguments, and "Multiple dispatch failed"
# when every handler returns NotImplemented.
import sys

import torch
from torch.utils._pytree import tree_map


class Loops(torch.Tensor):            # the data is the subclass instance
    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        return func(*args, **(kwargs or {}))   # args are Loops again


class Refuses(torch.Tensor):
    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        return NotImplemented                   # "not mine"


sys.setrecursionlimit(250)
for cls, call in ((Loops, lambda t: t + 1),
                  (Refuses, lambda t: torch.add(t, 1))):
    try:
        call(torch.Tensor._make_subclass(cls, torch.ones(2)))
    except (RecursionError, TypeError) as e:
        # how a RecursionError's message ends depends on where the limit is
        # hit ("... while calling a Python object" in a call from C): cut it
        first = str(e).splitlines()[0].split(" while ")[0]
        print(f"{cls.__name__}: {type(e).__name__}: {first}")
sys.setrecursionlimit(1000)


# the fix for both: a wrapper subclass, which holds a plain tensor, unwraps
# the arguments, runs the operator on plain tensors, and wraps the results
class Wrapper(torch.Tensor):
    @staticmethod
    def __new__(cls, elem):
        return torch.Tensor._make_wrapper_subclass(
            cls, elem.shape, dtype=elem.dtype, device=elem.device)

    def __init__(self, elem):
        self.elem = elem

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        unwrap = lambda a: a.elem if isinstance(a, Wrapper) else a
        wrap = lambda a: Wrapper(a) if isinstance(a, torch.Tensor) else a
        out = func(*tree_map(unwrap, args), **tree_map(unwrap, kwargs or {}))
        return tree_map(wrap, out)


w = Wrapper(torch.ones(2))
out = torch.add(w, 1) * 3
print("Wrapper:", type(out).__name__, out.elem.tolist())
assert out.elem.tolist() == [6.0, 6.0]
