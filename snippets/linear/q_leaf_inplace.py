# Writing into a parameter: autograd refuses in-place changes to a leaf
# that requires grad, unless recording is switched off.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
for name, write in [("lin.weight[0, 0] = 1.0",
                     lambda: lin.weight.__setitem__((0, 0), 1.0)),
                    ("lin.weight.fill_(1.0)", lambda: lin.weight.fill_(1.0)),
                    ("lin.weight.add_(1)", lambda: lin.weight.add_(1))]:
    try:
        write()
    except RuntimeError as e:
        print(f"{name}: RuntimeError:\n  {e}")

new = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
weight = lin.weight
with torch.no_grad():
    lin.weight.copy_(new)
    lin.bias.zero_()
print("after copy_ under no_grad:", lin.weight.tolist(), lin.bias.tolist())
print("the same object, still a leaf that requires grad:",
      lin.weight is weight, lin.weight.is_leaf, lin.weight.requires_grad)

with torch.no_grad():  # copy_ broadcasts: a wrong shape can slip through
    lin.weight.copy_(torch.tensor([7., 8., 9.]))
print("copy_ of a (3,) tensor into (2, 3):", lin.weight.tolist())
