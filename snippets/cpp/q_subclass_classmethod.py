# "Defining your `__torch_function__` as a plain method is deprecated and
# will be an error in future, please define it as a classmethod."
import warnings

import torch


class Plain(torch.Tensor):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        return super().__torch_function__(func, types, args, kwargs)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.ones(2).as_subclass(Plain) + 1
print(f"{caught[0].category.__name__}:",
      str(caught[0].message).split(" (Triggered")[0])


class Fixed(torch.Tensor):
    @classmethod                      # torch calls it on the class
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return super().__torch_function__(func, types, args, kwargs)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = torch.ones(2).as_subclass(Fixed) + 1
print("@classmethod:", type(out).__name__, "| warnings:", len(caught))
