# ModuleList, Sequential, ModuleDict, and a plain list or dict, side by side.
import torch
from torch import nn


def layers():
    return [nn.Linear(2, 2), nn.ReLU()]


CONTAINERS = {
    "list": layers,
    "dict": lambda: dict(zip("ab", layers())),
    "ModuleList": lambda: nn.ModuleList(layers()),
    "ModuleDict": lambda: nn.ModuleDict(dict(zip("ab", layers()))),
    "Sequential": lambda: nn.Sequential(*layers()),
}


class Holder(nn.Module):
    def __init__(self, kind):
        super().__init__()
        self.body = CONTAINERS[kind]()


x = torch.ones(1, 2)
print(f"{'container':<11} {'params':>6}  {'weight keys':<14} body(x)")
for kind in CONTAINERS:
    h = Holder(kind)
    n = sum(p.numel() for p in h.parameters())
    keys = ", ".join(k for k in h.state_dict() if k.endswith("weight"))
    try:
        h.body(x)
        called = "runs each layer in order"
    except (NotImplementedError, TypeError) as e:
        called = f"{type(e).__name__}: {e}"
    print(f"{kind:<11} {n:>6}  {keys or '(none)':<14} {called}")

seq = nn.Sequential(*layers(), nn.Linear(2, 1))
print("seq[:2] is a", type(seq[:2]).__name__,
      "| ModuleList(...)[:2] is a", type(nn.ModuleList(layers())[:2]).__name__)
MISTAKES = {
    "nn.Sequential(list)": lambda: nn.Sequential(layers()),
    "nn.ModuleList([tensor])": lambda: nn.ModuleList([torch.ones(1)]),
    "nn.ModuleDict({'layer.1': ...})": lambda: nn.ModuleDict(
        {"layer.1": nn.ReLU()}),
}
for label, make in MISTAKES.items():
    try:
        make()
    except (TypeError, KeyError) as e:
        print(f"{label} -> {type(e).__name__}: {e}")
