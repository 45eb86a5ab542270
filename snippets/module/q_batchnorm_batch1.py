# BatchNorm in training mode needs more than one value per channel.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))
for shape in ((1, 3), (2, 3)):
    try:
        model(torch.randn(*shape))
        print(f"train, input {shape}: ok")
    except ValueError as e:
        print(f"train, input {shape}: ValueError: {e}")

# In eval mode BatchNorm uses its running statistics, so one sample is fine.
model.eval()
print("eval, input (1, 3):", tuple(model(torch.randn(1, 3)).shape))
# Unless it keeps none: with track_running_stats=False it normalises with
# the batch's own statistics in eval mode too.
untracked = nn.BatchNorm1d(4, track_running_stats=False).eval()
try:
    untracked(torch.randn(1, 4))
except ValueError as e:
    print("eval, track_running_stats=False, input (1, 4): ValueError:", e)

# 2-d inputs count values per channel over the batch; images also count
# the pixels, so a batch of one image of 2x2 pixels trains.
bn2d = nn.BatchNorm2d(4)
for shape in ((1, 4, 1, 1), (1, 4, 2, 2)):
    try:
        bn2d(torch.randn(*shape))
        print(f"BatchNorm2d, input {shape}: ok")
    except ValueError as e:
        print(f"BatchNorm2d, input {shape}: ValueError: {e}")

# A last batch of one sample comes from a dataset whose size leaves a
# remainder of 1; drop_last=True leaves that batch out.
data = torch.utils.data.TensorDataset(torch.randn(9, 3))
sizes = [len(b[0]) for b in torch.utils.data.DataLoader(data, batch_size=4)]
kept = [len(b[0]) for b in torch.utils.data.DataLoader(
    data, batch_size=4, drop_last=True)]
print("batch sizes:", sizes, "| with drop_last=True:", kept)
