# A model with BatchNorm that is right in train() mode and wrong in eval():
# eval mode normalises with the running statistics, and here they were
# never updated for the data the model sees (its inputs have mean 5, std 3).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
bn = model[1]
data = torch.randn(256, 4) * 3 + 5

with torch.no_grad():
    print("running mean:  ", bn.running_mean)
    print("features' mean:", model[0](data).mean(0))
    model.eval()
    before = model(data)                # normalised with the running stats
    model.train()
    target = model(data)                # with this batch's statistics
print(f"eval against train mode, largest difference: "
      f"{(before - target).abs().max():.3f}")

# The fix: recompute the running statistics on training data, in train mode
# without gradients; momentum=None makes them an average over the batches.
bn.reset_running_stats()
bn.momentum = None
with torch.no_grad():
    for batch in data.split(32):
        model(batch)
    model.eval()
    after = model(data)
print(f"after recalibration, largest difference: "
      f"{(after - target).abs().max():.3f}")
