# Predicting on one image: Conv2d accepts it without a batch dimension,
# and the flatten before the Linear then flattens the wrong dimensions.
import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential(nn.Conv2d(3, 16, 5), nn.ReLU(), nn.MaxPool2d(2))
head = nn.Linear(16 * 14 * 14, 10)


def model(x):
    return head(torch.flatten(features(x), 1))  # flatten all but dim 0


batch = torch.randn(8, 3, 32, 32)
print("batch of 8:", tuple(model(batch).shape))
image = batch[0]                      # (3, 32, 32): one image, no batch
print("features of one image:", tuple(features(image).shape))
try:
    model(image)
except RuntimeError as e:
    print("one image: RuntimeError:", e)
out = model(image.unsqueeze(0))       # (1, 3, 32, 32): a batch of one
print("image.unsqueeze(0):", tuple(out.shape))
assert torch.allclose(out[0], model(batch)[0], atol=1e-5)
