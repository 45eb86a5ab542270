# Other layers put the output dimension first too, with one exception.
from torch import nn

layers = {
    "Linear": nn.Linear(in_features=3, out_features=2),
    "Conv2d": nn.Conv2d(in_channels=3, out_channels=2, kernel_size=5),
    "Conv2d, groups=2":  # 6 inputs, 4 outputs, in 2 groups of 3 -> 2
        nn.Conv2d(in_channels=6, out_channels=4, kernel_size=5, groups=2),
    "ConvTranspose2d":
        nn.ConvTranspose2d(in_channels=3, out_channels=2, kernel_size=5),
}
for name, layer in layers.items():
    print(f"{name:16} weight {tuple(layer.weight.shape)}")
