# x.new_ones(size) on a torch.Tensor subclass: in torch 2.13.0 it works and
# returns the subclass, which __torch_function__ wraps every result into.
import torch


class Tagged(torch.Tensor):
    calls = []

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        cls.calls.append(func.__name__)
        return super().__torch_function__(func, types, args, kwargs or {})


x = torch.zeros(2).as_subclass(Tagged)
for name, call in (("new_ones((2, 3))", lambda: x.new_ones((2, 3))),
                   ("new_ones(2, 3)", lambda: x.new_ones(2, 3)),
                   ("new_full((2, 3), 7.0)", lambda: x.new_full((2, 3), 7.0)),
                   ("x + 1", lambda: x + 1),
                   ("x.sum()", lambda: x.sum())):
    out = call()
    print(f"{name:22} {type(out).__name__:7} {tuple(out.shape)}")
# (reading out.shape goes through it too, as "__get__"; left out here)
print("__torch_function__ saw:", [c for c in Tagged.calls if c != "__get__"])
# a plain Tensor back, where one is wanted
with torch._C.DisableTorchFunctionSubclass():
    print("under DisableTorchFunctionSubclass:", type(x + 1).__name__)
print("as_subclass(torch.Tensor):", type((x + 1).as_subclass(torch.Tensor))
      .__name__)
