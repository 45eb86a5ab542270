# An operator defined with a Library, called, and the Library deleted; then
# code that walks every CompositeImplicitAutograd operator, as building the
# decomposition table of torch.export (and Inductor) does. torch 2.13.0
# drops the cached torch.ops handle with the Library; the handle is then put
# back where a torch without that cleanup left it, to show what broke, and
# removed again, which is the workaround for such a torch.
import torch
from torch._decomp import core_aten_decompositions
from torch._export.utils import _collect_all_valid_cia_ops
from torch.library import Library, impl

NS = "q_teardown"  # a namespace of this script's own


def decompositions():
    """What torch/_inductor/decomposition.py does on import."""
    try:
        return f"{len({**core_aten_decompositions()}) > 0} (a filled table)"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


# The thread's steps: define, implement, call, delete
my_lib = Library(NS, "DEF")
my_lib.define("my_func() -> None")


@impl(my_lib, "my_func", "")
def my_func():
    pass


torch.ops.q_teardown.my_func()  # makes and caches torch.ops.q_teardown.my_func
print("kernel under CompositeImplicitAutograd:",
      torch._C._dispatch_has_kernel_for_dispatch_key(
          f"{NS}::my_func", "CompositeImplicitAutograd"))
namespace = torch.ops.q_teardown
packet = namespace.my_func  # the cached OpOverloadPacket
print("cached before del:", "my_func" in vars(namespace),
      "| listed:", "my_func" in namespace._dir)
del my_lib
print("cached after del: ", "my_func" in vars(namespace),
      "| listed:", "my_func" in namespace._dir)
print("{**core_aten_decompositions()}:", decompositions())

# A torch without the cleanup left the packet cached and listed
setattr(namespace, "my_func", packet)
namespace._dir.append("my_func")
print("\nthe stale packet put back; it still lists", packet.overloads())
try:
    packet.op_overloads()  # what the CIA walk calls on every packet
except AttributeError as e:
    print(f"op_overloads(): {type(e).__name__}: {e}")
try:
    _collect_all_valid_cia_ops()
except AttributeError as e:
    print(f"_collect_all_valid_cia_ops(): {type(e).__name__}: {e}")
table = core_aten_decompositions()
try:
    table.keys()
except AttributeError as e:
    print(f"table.keys(): {type(e).__name__}")
print("{**core_aten_decompositions()}:", decompositions())


class Keys:  # any mapping whose keys() raises AttributeError
    def keys(self):
        raise AttributeError("lost")

    def __getitem__(self, key):
        return key


try:
    {**Keys()}
except TypeError as e:
    print("{**Keys()}:", f"{type(e).__name__}: {e}",
          "| the AttributeError kept:", e.__context__ is not None)

# The workaround on such a torch: drop the cached attribute after del
if "my_func" in vars(namespace):
    delattr(namespace, "my_func")
if "my_func" in namespace._dir:
    namespace._dir.remove("my_func")
print("\nstale packet deleted:", decompositions())
assert not hasattr(namespace, "my_func")  # the operator is gone

# The other way: a Library kept alive while such code runs
kept = Library(NS, "DEF")
kept.define("my_func() -> None")
kept.impl("my_func", my_func, "CompositeImplicitAutograd")
torch.ops.q_teardown.my_func()
print("Library kept alive:", decompositions())
del kept  # this script's own cleanup; in a program, keep it to the end
