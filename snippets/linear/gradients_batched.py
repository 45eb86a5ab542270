# With input (*, in_features), every leading position counts as a sample:
# dL/dW and dL/db sum over all of them, and dL/dx has the shape of x.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(in_features=3, out_features=4)
nn.init.uniform_(lin.weight)  # in [0, 1), as x and g: no term is negative
x = torch.rand(2, 5, 3, requires_grad=True)  # 2 sequences of 5 samples
g = torch.rand(2, 5, 4)                      # dL/dy, one row per sample
lin(x).backward(g)

flat_x = x.detach().reshape(-1, 3)  # (10, 3): the 10 samples in a row
flat_g = g.reshape(-1, 4)           # (10, 4)
by_hand = {
    "dL/dW = g^T x, over all 10 samples": (flat_g.T @ flat_x, lin.weight.grad),
    "dL/db = g summed over dims 0 and 1": (g.sum(dim=(0, 1)), lin.bias.grad),
    "dL/dx = g W": (g @ lin.weight.detach(), x.grad),
}
for name, (mine, autograd) in by_hand.items():
    print(f"{name:36} shape {str(tuple(mine.shape)):10} "
          f"agrees: {torch.allclose(mine, autograd)}")
