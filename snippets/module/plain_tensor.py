# "Why is my tensor not in parameters()?": a tensor assigned as it is.
import torch
from torch import nn


class Masked(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.mask = torch.tensor([1.0, 0.0, 1.0])  # a plain tensor

    def forward(self, x):
        return x * self.weight * self.mask


m = Masked()
print("parameters():", [n for n, _ in m.named_parameters()],
      "| buffers():", [n for n, _ in m.named_buffers()],
      "| state_dict():", list(m.state_dict()))
print("'mask' in vars(m):", "mask" in vars(m))
