# command: python -m pytest --trace -qq snippets/pdb/qq_pytest_trace.py
import torch
from torch import nn


def test_shapes():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
    x = torch.randn(8, 3)
    y = model(x)
    assert y.shape == (8, 1)
