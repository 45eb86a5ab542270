# F.dropout does not know about model.eval(): its `training` argument
# defaults to True. nn.Dropout passes self.training for you.
import torch
import torch.nn.functional as F
from torch import nn


class Functional(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # always drops


class FunctionalFixed(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(p=0.5)

    def forward(self, x):
        return self.drop(x)


torch.manual_seed(0)
x = torch.ones(8)
for cls in (Functional, FunctionalFixed, Layer):
    m = cls().eval()
    print(f"{cls.__name__:<16} in eval mode:", m(x).tolist())
