# "mat1 and mat2 shapes cannot be multiplied" after convolutions: the
# numbers in the message say what the Linear got and what it expects.
import torch
from torch import nn

torch.manual_seed(0)
features = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(),  # (N, 32, 7, 7) -> (N, 32 * 7 * 7)
)
images = torch.randn(8, 1, 28, 28)  # a batch of 8 MNIST-sized images

head = nn.Linear(in_features=1024, out_features=10)  # a guessed size
try:
    head(features(images))
except RuntimeError as e:
    print("RuntimeError:", e)

flat = features(images)
print("what reaches the Linear:", tuple(flat.shape))
print("what it expects: (N, in_features) =", (8, head.in_features),
      " weight.T:", tuple(head.weight.T.shape))
head = nn.Linear(in_features=flat.shape[1], out_features=10)
print("fixed, output:", tuple(head(flat).shape))
