# xavier_* and kaiming_* need a weight's two fans, so they refuse a 1-D
# bias; initialise biases with zeros_, constant_ or uniform_ instead.
import torch
from torch import nn


def init_all(m):  # the same function applied to every parameter: wrong
    for p in m.parameters():
        nn.init.xavier_uniform_(p)


def init_by_kind(m):  # weights by fan, biases by value
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        if m.bias is not None:
            nn.init.zeros_(m.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for fn in (init_all, init_by_kind):
    try:
        model.apply(fn)
        print(f"{fn.__name__}: done, biases", [m.bias.abs().max().item()
                                             for m in model[::2]])
    except ValueError as e:
        print(f"{fn.__name__}: ValueError: {e}")
print("bias shape:", tuple(model[0].bias.shape),
      "| fans of the weight (in, out):",
      nn.init._calculate_fan_in_and_fan_out(model[0].weight))
