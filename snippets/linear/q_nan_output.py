# Where a Linear's NaN comes from: weights never initialised, and one NaN
# in the data, which a single training step spreads to every output.
import math

import torch
from torch import nn


class MyLinear(nn.Module):  # a hand-written Linear that forgets to init
    def __init__(self, n_in, n_out, init=False):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_out, n_in))
        self.bias = nn.Parameter(torch.empty(n_out))
        if init:  # what nn.Linear.reset_parameters does
            nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
            bound = 1 / math.sqrt(n_in)
            nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, x):
        return x @ self.weight.T + self.bias


torch.manual_seed(0)
# torch.empty returns whatever the memory held. In deterministic mode it
# fills it with NaN instead (fill_uninitialized_memory, True by default),
# which shows every time what an uninitialised weight can do.
torch.use_deterministic_algorithms(True)
print("fill_uninitialized_memory:",
      torch.utils.deterministic.fill_uninitialized_memory)
x = torch.randn(4, 3)
print("never initialised:", MyLinear(3, 2)(x)[0])
print("initialised:      ", MyLinear(3, 2, init=True)(x)[0])
torch.use_deterministic_algorithms(False)

# One missing value in the data (NaN from a CSV, a log of 0 ...).
data = torch.randn(64, 3)
data[5, 1] = float("nan")
target = torch.randn(64, 1)
lin = nn.Linear(3, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
out = lin(data)
print("NaN outputs before a step:", int(out.isnan().sum()), "of", out.numel())
nn.functional.mse_loss(out, target).backward()
opt.step()
print("NaN in the weight after a step:", bool(lin.weight.isnan().any()))
print("NaN outputs after a step:", int(lin(torch.randn(64, 3)).isnan().sum()))

# The check that finds it, and one fix: drop the rows with a NaN.
bad = data.isnan().any(dim=1)
print("rows with a NaN:", bad.nonzero().flatten().tolist())
clean, clean_target = data[~bad], target[~bad]
lin = nn.Linear(3, 1)
loss = nn.functional.mse_loss(lin(clean), clean_target)
print("loss on the clean rows:", round(loss.item(), 4))
assert torch.isfinite(loss)
