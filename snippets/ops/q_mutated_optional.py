# An optional tensor argument that the operator writes into, with a default of
# None, left out of the call; and what a Python kernel is handed then.
import torch
from torch import Tensor


@torch.library.custom_op("qo::add_into", mutates_args=("out",))
def add_into(a: Tensor, b: Tensor, out: Tensor | None = None) -> None:
    if out is not None:
        torch.add(a, b, out=out)


a, b = torch.randn(3), torch.randn(3)
print(add_into._opoverload._schema)
add_into(a, b)  # the report's call, which raised IndexError in torch 2.10
out = torch.zeros(3)
version = out._version
add_into(a, b, out)
assert torch.equal(out, a + b) and out._version > version
print("without out: ran; with out: written, and its version counted")

# The mechanism: a kernel that reads the mutated argument at its place in
# the schema, args[2], as the ADInplaceOrView kernel of torch 2.10 did. The
# dispatcher hands a Python kernel no trailing argument equal to its default.
lib = torch.library.Library("qokernel", "DEF")
lib.define("with_default(Tensor a, Tensor b, Tensor(a!)? out=None) -> ()")
lib.define("no_default(Tensor a, Tensor b, Tensor(a!)? out) -> ()")
after = torch._C._after_ADInplaceOrView_keyset


def reads_args_2(name):
    op = getattr(torch.ops.qokernel, name).default

    def kernel(keyset, *args, **kwargs):
        print(f"  {len(args)} args;", end=" ")
        written = args[2]  # the argument that is written into
        print(f"args[2] is {type(written).__name__};", end=" ")
        return op.redispatch(keyset & after, *args, **kwargs)
    lib.impl(name, kernel, "ADInplaceOrView", with_keyset=True)
    lib.impl(name, lambda a, b, out=None: None, "CPU")
    return op


with_default = reads_args_2("with_default")
no_default = reads_args_2("no_default")
for call, run in [
        ("with_default(a, b)", lambda: with_default(a, b)),
        ("with_default(a, b, None)", lambda: with_default(a, b, None)),
        ("with_default(a, b, out=out)", lambda: with_default(a, b, out=out)),
        ("no_default(a, b, None)", lambda: no_default(a, b, None))]:
    print(call)
    try:
        run()
        print("ran")
    except IndexError as e:
        print(f"{type(e).__name__}: {e}")


# For a torch without the fix: no default in the schema, so the argument is
# always handed over, and a Python function around the op gives the default
@torch.library.custom_op("qo::add_into_", mutates_args=("out",))
def _add_into(a: Tensor, b: Tensor, out: Tensor | None) -> None:
    if out is not None:
        torch.add(a, b, out=out)


def add_into_(a, b, out=None):
    return _add_into(a, b, out)


print(_add_into._opoverload._schema)
add_into_(a, b)
