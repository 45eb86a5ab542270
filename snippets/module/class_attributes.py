# Not everything a module answers to is in its __dict__: these live on
# the class.
import inspect

from torch import nn

m = nn.Module()
for name in ("forward", "__call__", "call_super_init",
             "_compiled_call_impl", "_version", "dump_patches"):
    owner = next(c.__name__ for c in type(m).__mro__ if name in vars(c))
    print(f"m.{name:20} in vars(m): {name in vars(m)!s:5}  "
          f"defined on: {owner}")
print("nn.Module.__init__", inspect.signature(nn.Module.__init__))
try:
    nn.Module(3)
except TypeError as e:
    print("nn.Module(3) ->", f"TypeError: {e}")
try:
    m(1)
except NotImplementedError as e:
    print("m(1) ->", f"NotImplementedError: {e}")
