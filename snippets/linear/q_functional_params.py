# F.linear with weights kept as plain tensors: the module has no
# parameters, so nothing is trained. nn.Parameter registers them.
import torch
import torch.nn.functional as F
from torch import nn


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.randn(2, 3)        # a plain tensor attribute
        self.b = torch.zeros(2)

    def forward(self, x):
        return F.linear(x, self.w, self.b)


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(2, 3))   # registered
        self.b = nn.Parameter(torch.zeros(2))

    def forward(self, x):
        return F.linear(x, self.w, self.b)


torch.manual_seed(0)
for cls in (Plain, Registered):
    m = cls()
    names = [n for n, _ in m.named_parameters()]
    try:
        torch.optim.SGD(m.parameters(), lr=0.1)
        made = "optimizer built"
    except ValueError as e:
        made = f"ValueError: {e}"
    print(f"{cls.__name__:10} parameters {names}: {made}")
    print(f"{'':10} state_dict keys {list(m.state_dict())}")
