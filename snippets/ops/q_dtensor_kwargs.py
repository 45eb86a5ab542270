# A Tensor passed as a keyword-only argument, on DTensors: register_sharding
# must place it too, and DTensor does not redistribute it. The fix: declare
# the tensor positional, which callers may still pass by keyword. Four fake
# ranks stand in for a cluster, as rank 0.
import torch
import torch.distributed as dist
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.tensor import (DTensor, Replicate, Shard,
                                      distribute_tensor)
from torch.distributed.tensor.debug import _clear_sharding_prop_cache
from torch.distributed.tensor.experimental import register_sharding
from torch.testing._internal.distributed.fake_pg import FakeStore

dist.init_process_group("fake", store=FakeStore(), rank=0, world_size=4)
mesh = init_device_mesh("cpu", (4,))
torch.manual_seed(0)
x, bias = torch.randn(8, 4), torch.randn(8, 4)
dx = distribute_tensor(x, mesh, [Shard(0)], src_data_rank=None)
dbias = distribute_tensor(bias, mesh, [Replicate()], src_data_rank=None)

try:  # custom_op does not take a keyword-only Tensor
    @torch.library.custom_op("qdt::add_kw", mutates_args=())
    def add_kw(x: torch.Tensor, *, bias: torch.Tensor) -> torch.Tensor:
        return x + bias
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")

lib = torch.library.Library("qdt", "FRAGMENT")
lib.define("add_kw(Tensor x, *, Tensor bias) -> Tensor")
lib.impl("add_kw", lambda x, *, bias: x + bias, "CompositeExplicitAutograd")
add_kw = torch.ops.qdt.add_kw.default


@register_sharding(add_kw)
def _(x, *, bias):  # wrong: no placement for bias
    return [([Shard(0)], [Shard(0)])]


try:
    add_kw(dx, bias=dbias)
except RuntimeError as e:
    first, *rest = [line for line in str(e).splitlines() if line]
    print(f"{type(e).__name__}: {first}", *rest, sep="\n")


@register_sharding(add_kw)
def add_kw_strategy(*args, **kwargs):
    print("  the strategy gets", len(args), "positional,",
          "keywords", list(kwargs))
    # x's shard and bias's shard, the rows that match: bias listed last
    return [([Shard(0)], [Shard(0), Shard(0)])]


try:
    add_kw(dx, bias=dbias)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
# Shapes that broadcast: x's shard (1, 4) meets the whole bias (4, 4)
small = add_kw(
    distribute_tensor(torch.randn(4, 4), mesh, [Shard(0)], src_data_rank=None),
    bias=distribute_tensor(torch.randn(4, 4), mesh, [Replicate()],
                           src_data_rank=None))
print("broadcast, no error:", small.placements, "of", tuple(small.shape),
      "but rank 0 holds", tuple(small.to_local().shape), "not (1, 4)")

# The fix: bias positional in the schema; callers still write bias=...
lib.define("add_pos(Tensor x, Tensor bias) -> Tensor")
lib.impl("add_pos", lambda x, bias: x + bias, "CompositeExplicitAutograd")
add_pos = torch.ops.qdt.add_pos.default
register_sharding(add_pos)(add_kw_strategy)
out = add_pos(dx, bias=dbias)
print("add_pos:", out.placements, "local shape",
      tuple(out.to_local().shape))
assert torch.equal(out.to_local(), x[:2] + bias[:2])  # rank 0's rows

# Leave DTensor's tables and torch.distributed as they were
propagator = DTensor._op_dispatcher.sharding_propagator
for op in (add_kw, add_pos):
    del propagator.op_strategy_funcs[op], propagator.op_to_schema_info[op]
_clear_sharding_prop_cache()
del lib
dist.destroy_process_group()
