# Removing a model's last layer: nn.Sequential(*children()[:-1]) keeps the
# layers but not the forward that called them, so steps written in forward
# (here the flatten) are lost; replacing the layer by nn.Identity keeps them.
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        return self.fc(torch.flatten(x, 1))


torch.manual_seed(0)
model = Classifier()
images = torch.randn(4, 3, 16, 16)

headless = nn.Sequential(*list(model.children())[:-1])
print("Sequential of children()[:-1]:", tuple(headless(images).shape),
      "(no relu, no flatten)")
try:
    nn.Sequential(headless, nn.Linear(8, 5))(images)   # a new head after it
except RuntimeError as e:
    print("a new head after it: RuntimeError:", e)

model.fc = nn.Identity()                 # the layer replaced, forward kept
features = model(images)
print("fc replaced by nn.Identity():  ", tuple(features.shape))
assert features.shape == (4, 8)
