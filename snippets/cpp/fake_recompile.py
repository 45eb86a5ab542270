# A compiled function that calls an operator with a size recompiles for each
# new size when the operator's schema says int, and not when it says SymInt.
import logging

import torch
import torch._dynamo
import torch._dynamo.testing

logging.getLogger("torch._dynamo").setLevel(logging.ERROR)  # limit warning

lib = torch.library.Library("shapelib", "FRAGMENT")   # as TORCH_LIBRARY does
for name, n_type in [("tile_int", "int"), ("tile_symint", "SymInt")]:
    lib.define(f"{name}(Tensor x, {n_type} n) -> Tensor")
    lib.impl(name, lambda x, n: x.repeat(n), "CPU")
    torch.library.register_fake(
        f"shapelib::{name}", lambda x, n: x.new_empty(x.shape[0] * n),
        lib=lib)


@torch.library.custom_op("shapelib::tile_py", mutates_args=())
def tile_py(x: torch.Tensor, n: int) -> torch.Tensor:
    return x.repeat(n)


@tile_py.register_fake
def _(x, n):
    return x.new_empty(x.shape[0] * n)


print("recompile_limit:", torch._dynamo.config.recompile_limit)
for op in [torch.ops.shapelib.tile_int, torch.ops.shapelib.tile_symint,
           torch.ops.shapelib.tile_py]:
    def f(x, idx):
        return op(x, idx.shape[0]) * 2   # a size of an input, as the count

    torch._dynamo.reset()
    counter = torch._dynamo.testing.CompileCounterWithBackend("eager")
    compiled = torch.compile(f, backend=counter)
    for n in range(2, 12):               # ten calls, ten sizes
        assert torch.equal(compiled(torch.ones(3), torch.ones(n)),
                           f(torch.ones(3), torch.ones(n)))
    print(op.default._schema, "->", counter.frame_count, "compiles")
