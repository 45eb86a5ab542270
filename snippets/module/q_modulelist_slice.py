# --8<-- [start:slice]
# Slicing a ModuleList builds a new ModuleList from the same module objects:
# no module is copied or re-created.
import torch
from torch import nn

torch.manual_seed(0)
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(4)])
part = layers[1:3]
print("type:", type(part).__name__, "| new container:", part is not layers,
      "| names:", list(dict(part.named_children())))
assert part[0] is layers[1] and part[1] is layers[2]
assert part[0].weight is layers[1].weight
print("part[0] is layers[1]:", part[0] is layers[1],
      "| same weight Parameter:", part[0].weight is layers[1].weight)

# Shared objects share every change: a value set through the slice, and an
# attribute set on a module after slicing, are seen through the original.
with torch.no_grad():
    part[0].weight.fill_(1.0)
layers[2].note = "set on the original"
print("layers[1].weight after part[0].weight.fill_(1.):",
      layers[1].weight.flatten().tolist())
print("part[1].note:", part[1].note)

# What the slice does not keep: what is stored on the container object
# itself. The slice is built by calling the class, self.__class__(modules),
# so a subclass's __init__ runs again, without the arguments the original got.
class NamedList(nn.ModuleList):
    def __init__(self, modules=None, name="unnamed"):
        super().__init__(modules)
        self.name = name

named = NamedList([nn.Linear(2, 2) for _ in range(3)], name="encoder")
sliced = named[:2]
assert sliced[0] is named[0]
print("type:", type(sliced).__name__, "| named.name:", named.name,
      "| sliced.name:", sliced.name)

# A plain list of the same modules, with nothing re-initialised:
plain = list(named)[:2]
assert type(plain) is list and plain[0] is named[0]
print("list(named)[:2]:", type(plain).__name__, "| plain[0] is named[0]:",
      plain[0] is named[0])
# --8<-- [end:slice]

# --8<-- [start:source]
# The method, as the installed torch has it, with its file's line numbers:
import inspect
import os

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.ModuleList),
                           site_packages))
lines, first = inspect.getsourcelines(nn.ModuleList.__getitem__)
for number, line in enumerate(lines, first):
    print(f"{number:5}  {line}".rstrip())
# --8<-- [end:source]
