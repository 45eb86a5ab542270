# Parameters inside a list, a dict or a tuple are filed in __dict__ with
# the container; ParameterList and ParameterDict register each one.
import torch
from torch import nn


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.scales = [nn.Parameter(torch.ones(2)) for _ in range(2)]
        self.gains = {"a": nn.Parameter(torch.ones(2))}
        self.pair = (nn.Parameter(torch.ones(2)), nn.Linear(2, 2))


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.scales = nn.ParameterList(torch.ones(2) for _ in range(2))
        self.gains = nn.ParameterDict({"a": torch.ones(2)})
        self.pair = nn.ModuleList([nn.Linear(2, 2)])
        self.pair_scale = nn.Parameter(torch.ones(2))


for model in (Plain(), Registered()):
    name = type(model).__name__
    for k in ("scales", "gains", "pair"):
        store = "__dict__" if k in vars(model) else "_modules"
        print(f"{name}.{k}: {type(getattr(model, k)).__name__} in {store}")
    print(f"{name}: named_parameters",
          [n for n, _ in model.named_parameters()])
    try:
        torch.optim.SGD(model.parameters(), lr=0.1)
        print(f"{name}: optimizer ok")
    except ValueError as e:
        print(f"{name}: {type(e).__name__}: {e}")
