# Two fixes for an operator that writes into y on DTensors: y first and a
# name that ends in "_", so DTensor refuses to move y; or a functional
# variant that returns the new y. Four fake ranks stand in for a cluster.
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


def dtensors():
    """y = 0 (8x4), x = 1 (2x4), both sharded on dim 1; index replicated."""
    return (distribute_tensor(torch.zeros(8, 4), mesh, [Shard(1)],
                              src_data_rank=None),
            distribute_tensor(torch.ones(2, 4), mesh, [Shard(1)],
                              src_data_rank=None),
            distribute_tensor(torch.tensor([0, 3]), mesh, [Replicate()],
                              src_data_rank=None))


# 1. The written tensor first, and a name ending in "_": an in-place op
@torch.library.custom_op("qdt::scatter_add_", mutates_args=("y",))
def scatter_add_(y: torch.Tensor, x: torch.Tensor, index: torch.Tensor,
                 scale: torch.Tensor | None = None,
                 use_high_prec: bool = False) -> None:
    y.index_add_(0, index, x)


@scatter_add_.register_fake
def _(y, x, index, scale=None, use_high_prec=False):
    return None


inplace = torch.ops.qdt.scatter_add_.default
print(inplace._schema)


@register_sharding(inplace)
def _(y, x, index, scale=None, use_high_prec=False):
    return [([], [Replicate(), Replicate(), Replicate(), None, None])]


dy, dx, index = dtensors()
try:
    scatter_add_(dy, dx, index)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")


@register_sharding(inplace)
def _(y, x, index, scale=None, use_high_prec=False):
    return [([], [Shard(1), Shard(1), Replicate(), None, None]),
            ([], [Replicate(), Replicate(), Replicate(), None, None])]


_clear_sharding_prop_cache()  # plan again with the strategy just set
dy, dx, index = dtensors()
scatter_add_(dy, dx, index)
print("in place:", dy.placements, "sum of y's shard",
      dy.to_local().sum().item())
assert dy.to_local().sum() == 2.0


# 2. A functional variant: it returns the new y, with a placement
@torch.library.custom_op("qdt::scatter_added", mutates_args=())
def scatter_added(x: torch.Tensor, y: torch.Tensor, index: torch.Tensor,
                  scale: torch.Tensor | None = None,
                  use_high_prec: bool = False) -> torch.Tensor:
    return y.index_add(0, index, x)


@scatter_added.register_fake
def _(x, y, index, scale=None, use_high_prec=False):
    return torch.empty_like(y)


functional = torch.ops.qdt.scatter_added.default


@register_sharding(functional)
def _(x, y, index, scale=None, use_high_prec=False):
    return [([Shard(1)], [Shard(1), Shard(1), Replicate(), None, None]),
            ([Replicate()], [Replicate(), Replicate(), Replicate(),
                             None, None])]


dy, dx, index = dtensors()
new_y = scatter_added(dx, dy, index)
print("functional:", type(new_y).__name__, new_y.placements,
      "sum of its shard", new_y.to_local().sum().item())
dy.copy_(new_y)  # only if y itself must change
assert dy.to_local().sum() == 2.0

# Leave DTensor's tables and torch.distributed as they were
propagator = DTensor._op_dispatcher.sharding_propagator
for op in (inplace, functional):
    del propagator.op_strategy_funcs[op], propagator.op_to_schema_info[op]
_clear_sharding_prop_cache()
dist.destroy_process_group()
