# print(model) shows children, and what each module's extra_repr() returns;
# a Parameter of your own module is trained but not printed.
import torch
from torch import nn


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        self.alpha = nn.Parameter(torch.ones(2))

    def forward(self, x):
        return self.lin(x) * self.alpha


model = Scaled()
print(model)
print("parameters:", [n for n, _ in model.named_parameters()])


class Shown(Scaled):
    def extra_repr(self):  # the fix: say what print should show
        return f"alpha: Parameter of shape {tuple(self.alpha.shape)}"


print(Shown())
