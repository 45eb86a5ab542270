# DataParallel and DistributedDataParallel keep your model as their child
# `module`, so their state_dict keys start with "module.".
import os
import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def make():
    return nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))


torch.manual_seed(0)
dp = nn.DataParallel(make())  # on a machine without a GPU it just wraps
print("DataParallel keys:", list(dp.state_dict())[:2])
print("without a GPU: device_ids", dp.device_ids,
      "| dp(x) equals dp.module(x):", torch.equal(dp(torch.ones(1, 2)),
                                              dp.module(torch.ones(1, 2))))

with tempfile.TemporaryDirectory() as folder:  # a one-process "cluster"
    store = "file://" + os.path.join(folder, "store")
    dist.init_process_group("gloo", init_method=store, rank=0, world_size=1)
    ddp = nn.parallel.DistributedDataParallel(make())
    print("DDP keys:         ", list(ddp.state_dict())[:2])
    dist.destroy_process_group()

checkpoint = dp.state_dict()  # what torch.save(model.state_dict()) wrote
plain = make()
try:
    plain.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))

print("strict=False loads nothing:",
      plain.load_state_dict(checkpoint, strict=False))
print("weights equal:", torch.equal(plain[0].weight, dp.module[0].weight))

# Fix 1: drop the prefix from the checkpoint (the dict is edited in place).
consume_prefix_in_state_dict_if_present(checkpoint, "module.")
print("after removing the prefix:", plain.load_state_dict(checkpoint))
print("weights equal:", torch.equal(plain[0].weight, dp.module[0].weight))

# Fix 2: save the wrapped model itself, not the wrapper.
print("dp.module keys:", list(dp.module.state_dict())[:2])
