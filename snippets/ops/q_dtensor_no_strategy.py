# A custom_op called on DTensors: DTensor has no sharding strategy for it,
# then one registered with register_sharding. A fake process group of four
# ranks stands in for a cluster: DTensor plans every call as rank 0 of four,
# and the fake group's collectives send nothing.
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
print(mesh, "- rank", dist.get_rank(), "of", dist.get_world_size())


@torch.library.custom_op("qdt::scale", mutates_args=())
def scale(x: torch.Tensor, alpha: float) -> torch.Tensor:
    return x * alpha


@scale.register_fake
def _(x, alpha):
    return torch.empty_like(x)


torch.manual_seed(0)
x = torch.randn(8, 4)
# src_data_rank=None: each rank cuts its own shard of x, nothing is sent
dx = distribute_tensor(x, mesh, [Shard(0)], src_data_rank=None)
print("dx:", dx.placements, "local shape", tuple(dx.to_local().shape))
try:
    scale(dx, 2.0)
except NotImplementedError as e:
    print(f"{type(e).__name__}: {e}")

op = torch.ops.qdt.scale.default


@register_sharding(op)
def _(x, alpha):  # wrong: a placement for alpha, which is a float
    return [([Shard(0)], [Shard(0), Replicate()])]


try:
    scale(dx, 2.0)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    print(f"  caused by {type(e.__cause__).__name__}")


@register_sharding(op)
def scale_strategy(x, alpha):
    print("  the strategy gets:", x, alpha)
    # each row: (output placements, input placements), None for alpha
    rows = [([Replicate()], [Replicate(), None])]
    for dim in range(x.ndim):
        rows.append(([Shard(dim)], [Shard(dim), None]))
    return rows


out = scale(dx, 2.0)
print("out:", type(out).__name__, out.placements,
      "local shape", tuple(out.to_local().shape))
assert torch.equal(out.to_local(), x[:2] * 2.0)  # rank 0's two rows, * 2
scale(dx, 2.0)  # the same placements: DTensor reuses its plan
print("called again: no strategy call")
dr = distribute_tensor(x, mesh, [Replicate()], src_data_rank=None)
print("replicated in, out:", scale(dr, 2.0).placements)


@register_sharding(op)
def replicate_only(x, alpha):  # registered again: replicate everything
    return [([Replicate()], [Replicate(), None])]


print("new strategy, old plan:", scale(dx, 2.0).placements)
_clear_sharding_prop_cache()  # drop DTensor's plans
print("after clearing the plans:", scale(dx, 2.0).placements)

# Leave DTensor's tables and torch.distributed as they were
propagator = DTensor._op_dispatcher.sharding_propagator
del propagator.op_strategy_funcs[op], propagator.op_to_schema_info[op]
_clear_sharding_prop_cache()
dist.destroy_process_group()
