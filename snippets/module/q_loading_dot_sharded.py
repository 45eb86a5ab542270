# torch's own hook for ShardedTensor attributes, the thread's module on one
# CPU process: which keys the installed torch saves, at the root and below.
import warnings

import torch
import torch.distributed as dist
from torch.distributed._shard import sharded_tensor
from torch.distributed._shard.sharding_spec import ChunkShardingSpec

dist.init_process_group("gloo", rank=0, world_size=1, store=dist.HashStore())


class TestModule(torch.nn.Module):                 # the thread's module
    def __init__(self, hook=True):
        super().__init__()
        spec = ChunkShardingSpec(dim=0, placements=["rank:0/cpu"])
        self.sharded = sharded_tensor.zeros(spec, 4, 4)
        self.regular = torch.nn.Parameter(torch.ones(4, 4))
        if hook:
            self._register_state_dict_hook(sharded_tensor.state_dict_hook)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("root: ", list(TestModule().state_dict()))
    print("below:", list(torch.nn.Sequential(TestModule()).state_dict()))

    # the hook walks all submodules itself: register it on the outermost
    outer = torch.nn.Sequential(TestModule(hook=False))
    outer._register_state_dict_hook(sharded_tensor.state_dict_hook)
    state = outer.state_dict()
    print("hook on the outermost:", list(state))
    assert list(state) == ["0.regular", "0.sharded"]

    target = torch.nn.Sequential(TestModule(hook=False))
    target._register_load_state_dict_pre_hook(
        sharded_tensor.pre_load_state_dict_hook, with_module=True)
    try:
        target.load_state_dict(state, strict=True)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {str(e).splitlines()[1].strip()}")

    # torch's load hook sets the attribute but leaves the key: pop it too
    def load_and_pop(module, state_dict, prefix, *args):
        sharded_tensor.pre_load_state_dict_hook(module, state_dict, prefix,
                                                *args)
        for key in [k for k, v in state_dict.items()
                    if isinstance(v, sharded_tensor.ShardedTensor)]:
            state_dict.pop(key)

    target = torch.nn.Sequential(TestModule(hook=False))
    target.register_load_state_dict_pre_hook(load_and_pop)
    print("load, popping the key:", target.load_state_dict(state, strict=True))
    assert target[0].sharded is state["0.sharded"]
print({f"{w.category.__name__}: {w.message}" for w in caught})
dist.destroy_process_group()
