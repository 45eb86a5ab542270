# A model with BatchNorm after a Linear: in training mode each sample's
# output depends on the rest of its batch; in eval mode it does not.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(),
                      nn.Linear(16, 1))
data = torch.randn(8, 8)
with torch.no_grad():
    for mode in ("train", "eval"):
        getattr(model, mode)()
        in_4 = model(data[:4])[0].item()
        in_8 = model(data)[0].item()
        print(f"{mode:5}: sample 0 in a batch of 4 {in_4:+.4f}, "
              f"of 8 {in_8:+.4f}")
        try:
            alone = f"{model(data[:1])[0].item():+.4f}"
        except ValueError as e:
            alone = f"ValueError: {e}"
        print(f"       alone: {alone}")
