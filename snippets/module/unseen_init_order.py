# parameters() lists what is registered when it runs: an initialisation
# loop that runs before a layer is assigned never reaches that layer.
import torch
from torch import nn

torch.manual_seed(0)


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Linear(4, 4)
        self.decoder = nn.Linear(4, 4)


def param_init(model, a=0.01):
    for p in model.parameters():
        nn.init.uniform_(p, -a, a)


def within(layer, a=0.01):
    return all(p.abs().max() <= a for p in layer.parameters())


model = Seq2Seq()
param_init(model)                       # runs first...
model.generator = nn.Linear(4, 10)      # ...then the layer is added
print("loop first: decoder in range", within(model.decoder),
      "| generator in range", within(model.generator),
      f"(max {model.generator.weight.abs().max().item():.2f})")

model = Seq2Seq()
model.generator = nn.Linear(4, 10)      # fix: register every layer,
param_init(model)                       # then initialise
print("layer first: decoder in range", within(model.decoder),
      "| generator in range", within(model.generator))
