# A parametrization moves the weight: the Parameter becomes
# parametrizations.weight.original, and module.weight is computed from it.
import torch
from torch import nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(0)


class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).T


m = nn.Linear(3, 3)
w = m.weight
parametrize.register_parametrization(m, "weight", Symmetric())
print(type(m).__name__, [n for n, _ in m.named_parameters()])
print("original is the old Parameter:",
      m.parametrizations.weight.original is w,
      "| m.weight is a leaf:", m.weight.is_leaf)
try:
    m.load_state_dict(nn.Linear(3, 3).state_dict())
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
fixed = nn.Linear(3, 3)
fixed.load_state_dict(nn.Linear(3, 3).state_dict())  # load first,
parametrize.register_parametrization(fixed, "weight", Symmetric())  # then
print("loaded, then parametrized:", list(fixed.state_dict()))

# weight_norm makes two new Parameters: an optimizer built before it
# holds a weight the model no longer uses.
lin = nn.Linear(3, 3)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
weight_norm(lin)
print("weight_norm:", [n for n, _ in lin.named_parameters()])
x = torch.randn(4, 3)


def train_step(opt):
    pw = lin.parametrizations.weight
    g, v = pw.original0.detach().clone(), pw.original1.detach().clone()
    b = lin.bias.detach().clone()
    opt.zero_grad()
    lin(x).pow(2).sum().backward()
    opt.step()
    return (f"g stepped {not torch.equal(g, pw.original0)}, "
            f"v stepped {not torch.equal(v, pw.original1)}, "
            f"bias stepped {not torch.equal(b, lin.bias)}")


print("optimizer built before:", train_step(opt))
print("optimizer built after: ",
      train_step(torch.optim.SGD(lin.parameters(), lr=0.1)))
