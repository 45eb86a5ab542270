# command: python snippets/pdb/qq_pytest.py
import pytest
import torch
from torch import nn


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))


def test_output_is_probability():
    model = make_model()
    x = torch.randn(8, 3)
    y = model(x)
    lowest, highest = round(y.min().item(), 4), round(y.max().item(), 4)
    assert 0 <= lowest and highest <= 1, "outputs outside [0, 1]"


if __name__ == "__main__":
    # python -m pytest --pdb -qq snippets/pdb/qq_pytest.py, from a script
    code = pytest.main(["--pdb", "-qq", __file__])
    print("pytest exit code:", int(code))
