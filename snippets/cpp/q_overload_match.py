# torch.ops.aten.add is a packet of overloads; a __torch_dispatch__ handler
# is given one overload (aten.add.Tensor), so comparing it with the packet
# never matches. And what a packet call, or a missing name, does.
import torch
from torch.utils._python_dispatch import TorchDispatchMode

aten = torch.ops.aten


class Match(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        print(f"handler got {func}:")
        print("  func == aten.add:", func == aten.add)
        print("  func.overloadpacket is aten.add:",
              func.overloadpacket is aten.add)
        print("  func is aten.add.Tensor:", func is aten.add.Tensor)
        return func(*args, **(kwargs or {}))


x = torch.ones(2)
with Match():
    x + x

# calling the packet picks the overload from the arguments, at each call
print("aten.add(x, x):", aten.add(x, x), "| aten.add(2, 3):", aten.add(2, 3))
print("aten.add.overloads():", aten.add.overloads()[:4], "...")

for name, get in (("aten.mm.Tensor", lambda: aten.mm.Tensor),
                  ("aten.no_such_op", lambda: aten.no_such_op)):
    try:
        get()
    except AttributeError as e:
        print(f"{name}: AttributeError: {e}")
print("aten.mm.default:", aten.mm.default._schema)
print("aten.mm.overloads():", aten.mm.overloads())
