# An operator that returns nothing and writes into its argument y,
# (..., Tensor(a!) y, ...) -> (): register_sharding with an empty list of
# output placements, and a strategy that moves y, which loses the write.
# Four fake ranks stand in for a cluster, as rank 0.
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


@torch.library.custom_op("qdt::my_scatter_add", mutates_args=("y",))
def my_scatter_add(x: torch.Tensor, y: torch.Tensor, index: torch.Tensor,
                   scale: torch.Tensor | None = None,
                   use_high_prec: bool = False) -> None:
    y.index_add_(0, index, x)


@my_scatter_add.register_fake
def _(x, y, index, scale=None, use_high_prec=False):
    return None


op = torch.ops.qdt.my_scatter_add.default
print(op._schema)


def call(label, y_placement=Shard(1)):
    """y = 0 (8x4), x = 1 (2x4) sharded on dim 1; index replicated."""
    _clear_sharding_prop_cache()  # plan again with the strategy just set
    dy = distribute_tensor(torch.zeros(8, 4), mesh, [y_placement],
                           src_data_rank=None)
    dx = distribute_tensor(torch.ones(2, 4), mesh, [Shard(1)],
                           src_data_rank=None)
    index = distribute_tensor(torch.tensor([0, 3]), mesh, [Replicate()],
                              src_data_rank=None)
    try:
        ret = my_scatter_add(dx, dy, index)
    except RuntimeError as e:
        first, *rest = [line for line in str(e).splitlines() if line]
        print(f"{label}: {type(e).__name__}: {first}")
        return None
    written = dy.to_local().sum().item()
    print(f"{label}: returns {ret}, y {dy.placements},",
          f"sum of y's shard {written}")
    return written


@register_sharding(op)
def _(x, y, index, scale=None, use_high_prec=False):
    return [([Replicate()], [Shard(1), Shard(1), Replicate(), None, None])]


call("an output placement")


@register_sharding(op)
def _(x, y, index, scale=None, use_high_prec=False):
    # no outputs: the output list is empty; x, y, index, then None, None
    return [([], [Shard(1), Shard(1), Replicate(), None, None]),
            ([], [Replicate(), Replicate(), Replicate(), None, None])]


assert call("no output placement") == 2.0  # rows 0 and 3 of y's column
# A row keeps y, but DTensor picks the cheaper one: cutting a replicated y
# into Shard(1) sends nothing, gathering x would; the write is lost
assert call("y replicated, x sharded", Replicate()) == 0.0  # the write: 8.0


@register_sharding(op)
def _(x, y, index, scale=None, use_high_prec=False):
    return [([], [Replicate(), Replicate(), Replicate(), None, None])]


assert call("y must be replicated") == 0.0  # the write went to a copy

# Leave DTensor's tables and torch.distributed as they were
propagator = DTensor._op_dispatcher.sharding_propagator
del propagator.op_strategy_funcs[op], propagator.op_to_schema_info[op]
_clear_sharding_prop_cache()
dist.destroy_process_group()
