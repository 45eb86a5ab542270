# model.apply(fn) calls fn on every submodule, nested ones included;
# test the type inside fn and re-draw with nn.init.
import torch
from torch import nn


def init_weights(m):
    if isinstance(m, (nn.Linear, nn.Conv2d)):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    elif isinstance(m, (nn.BatchNorm2d, nn.LayerNorm)):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)


model = nn.Sequential(
    nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU(),
    nn.Sequential(nn.Flatten(), nn.Linear(8 * 6 * 6, 16)),  # nested
    nn.ReLU(), nn.Linear(16, 10))
visited = []
model.apply(lambda m: visited.append(type(m).__name__))
print("apply() visits:", ", ".join(visited))

torch.manual_seed(0)
nested = model[3][1]
for m in model.children():  # one level only: misses the nested Linear
    init_weights(m)
print("loop over children(), nested bias zeroed:",
      bool((nested.bias == 0).all()))
model.apply(init_weights)   # returns the model, so it chains
print("model.apply(init_weights), nested bias zeroed:",
      bool((nested.bias == 0).all()))
print("nn.init leaves no graph behind: grad_fn", nested.weight.grad_fn,
      "| leaf", nested.weight.is_leaf)

# A lazy layer before its first forward pass: isinstance matches it, and
# nn.init cannot work on its uninitialised weight.
lazy = nn.Sequential(nn.Flatten(), nn.LazyLinear(10))
print("LazyLinear is a subclass of Linear:",
      issubclass(nn.LazyLinear, nn.Linear))
try:
    lazy.apply(init_weights)
except RuntimeError as e:
    print("apply(init_weights): RuntimeError:", str(e).split(". ")[0])
for init in (nn.init.xavier_uniform_, nn.init.kaiming_uniform_,
             nn.init.normal_, nn.init.zeros_):
    try:
        init(lazy[1].weight)
    except ValueError as e:
        print(f"{init.__name__}: ValueError: {str(e).split(' in <')[0]}")
