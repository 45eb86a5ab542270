# torch.overrides.get_overridable_functions() lists functions that a
# __torch_function__ never sees: it collects what the namespaces hold, and a
# function added to torch.Tensor from Python is collected too.
import torch
from torch.overrides import TorchFunctionMode, get_overridable_functions


def twice(self):                      # added by a library, not by torch
    return self * 2


torch.Tensor.twice = twice
torch.overrides._get_overridable_functions.cache_clear()  # cached answer
listed = twice in get_overridable_functions()[torch.Tensor]
print("twice is listed as overridable:", listed)


seen = []


class Seen(TorchFunctionMode):        # what __torch_function__ is called with
    def __torch_function__(self, func, types, args=(), kwargs=None):
        seen.append(getattr(func, "__name__", str(func)))
        return func(*args, **(kwargs or {}))


def reaches_torch_function(call):
    seen.clear()
    with Seen():
        call()
    return seen


x = torch.ones(2)
print("x.twice() reaches __torch_function__ with:",
      reaches_torch_function(lambda: x.twice()))
print("x.mul(2) reaches __torch_function__ with:",
      reaches_torch_function(lambda: x.mul(2)))


# the fix, for a function you add: make it take part, the way torch's own
# Python functions do (has_torch_function / handle_torch_function)
def twice_overridable(self):
    if torch.overrides.has_torch_function_unary(self):
        return torch.overrides.handle_torch_function(
            twice_overridable, (self,), self)
    return self * 2


torch.Tensor.twice = twice_overridable
print("after the fix, x.twice() reaches __torch_function__ with:",
      reaches_torch_function(lambda: x.twice()))
