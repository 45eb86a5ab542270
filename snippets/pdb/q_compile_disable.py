# command: python snippets/pdb/q_compile_disable.py
import torch
from torch import nn


@torch.compiler.disable
def clip(y):
    breakpoint()
    return y.clamp(max=2.5)


class Model(nn.Module):
    def forward(self, x):
        y = x * 2
        return clip(y) + 1


model = torch.compile(Model(), backend="eager")
print(model(torch.tensor([1.0, 2.0])))
