# Other layers put the output dimension first too, with one exception.
from torch import nn

layers = [nn.Linear(in_features=3, out_features=2),
          nn.Conv2d(in_channels=3, out_channels=2, kernel_size=5),
          nn.ConvTranspose2d(in_channels=3, out_channels=2, kernel_size=5)]
for layer in layers:
    print(f"{type(layer).__name__:15} weight {tuple(layer.weight.shape)}")
