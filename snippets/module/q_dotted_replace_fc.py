# Replacing a pretrained model's fc with a Sequential head reads
# model.fc.in_features. Run the replacing line a second time and model.fc is
# already the Sequential, which has no in_features.
import torch
from torch import nn

torch.manual_seed(0)


class TinyResNet(nn.Module):       # a stand-in with a ResNet's fc at the end
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(3, 16, 3), nn.AdaptiveAvgPool2d(1),
                                  nn.Flatten())
        self.fc = nn.Linear(16, 1000)

    def forward(self, x):
        return self.fc(self.body(x))


def replace_head(model):
    model.fc = nn.Sequential(nn.Linear(model.fc.in_features, 500),
                             nn.ReLU(), nn.Dropout(), nn.Linear(500, 2))


model = TinyResNet()
print("fc:", model.fc)
print("in_features in vars(model.fc):", "in_features" in vars(model.fc))
replace_head(model)                # the first run: fc was the Linear
print("fc[0]:", model.fc[0])
try:
    replace_head(model)            # the same cell, run again
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
print("Sequential's stores:", list(model.fc._parameters),
      list(model.fc._buffers), list(model.fc._modules))

# Fix: build the model and replace its head in the same step, so that running
# it again starts from the pretrained Linear; or read the size from fc[0].
def build():
    model = TinyResNet()           # e.g. models.resnet50(weights=...)
    replace_head(model)
    return model


for _ in range(2):
    model = build()
print("built twice:", tuple(model(torch.randn(1, 3, 8, 8)).shape))
print("in_features of the new head:", model.fc[0].in_features)
