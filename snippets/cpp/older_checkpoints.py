# Checkpoints saved by older releases: InstanceNorm's running stats and
# BatchNorm's num_batches_tracked. A layer's _metadata "version" tells
# torch which release's layout a checkpoint has.
from collections import OrderedDict

import torch
from torch import nn

# Before 0.4.0, InstanceNorm2d kept running stats; its checkpoints hold
# them and carry no _metadata version.
old = OrderedDict(running_mean=torch.zeros(3), running_var=torch.ones(3))
try:
    nn.InstanceNorm2d(3).load_state_dict(old)
except RuntimeError as e:
    first = str(e).splitlines()[1].strip().split(" If ")[0]
    print(f"{type(e).__name__}: {first} ...")

fix_1 = nn.InstanceNorm2d(3)                 # drop the keys
fix_1.load_state_dict({k: v for k, v in old.items() if "running_" not in k})
fix_2 = nn.InstanceNorm2d(3, track_running_stats=True)
fix_2.load_state_dict(old)                   # keep them
torch.manual_seed(0)
x = torch.randn(1, 3, 4, 4)
same = torch.allclose(fix_1.eval()(x), fix_2.eval()(x))
print("both load; same output in eval():", same)

# Before BatchNorm's version 2 there was no num_batches_tracked.
bn = nn.BatchNorm2d(3)
print("version now:", bn.state_dict()._metadata[""]["version"])
old_bn = OrderedDict((k, v) for k, v in bn.state_dict().items()
                     if k != "num_batches_tracked")
old_bn._metadata = {"": {"version": 1}}
bn.load_state_dict(old_bn)                   # strict; torch adds the key
print("loaded, num_batches_tracked =", bn.num_batches_tracked.item())
print("a loader comparing keys itself reports missing:",
      sorted(bn.state_dict().keys() - old_bn.keys()))

# The reverse: a new checkpoint into a layer without that buffer.
new = nn.Sequential(nn.BatchNorm2d(3)).state_dict()
layer = nn.Sequential(nn.BatchNorm2d(3))
layer[0].num_batches_tracked = None          # stands in for the old layer
try:
    layer.load_state_dict(new)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[1].strip()}")
kept = OrderedDict((k, v) for k, v in new.items()
                   if not k.endswith("num_batches_tracked"))
kept._metadata = new._metadata               # keep the versions
layer.load_state_dict(kept)
print("loaded without the num_batches_tracked keys")
