# The same y = x W^T + b computed four ways; all four must agree.
# --8<-- [start:setup]
import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
W = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
b = torch.tensor([1., 2.])
# --8<-- [end:setup]

# --8<-- [start:loops]
loops = torch.tensor([[sum(x[i, k] * W[j, k] for k in range(3)) + b[j]
                       for j in range(2)]
                      for i in range(2)])
# --8<-- [end:loops]
# --8<-- [start:matmul]
matmul = x @ W.T + b
# --8<-- [end:matmul]
# --8<-- [start:functional]
functional = F.linear(x, W, b)
# --8<-- [end:functional]
# --8<-- [start:module]
lin = nn.Linear(in_features=3, out_features=2)
with torch.no_grad():  # overwrite the random initial values with the example's
    lin.weight.copy_(W)
    lin.bias.copy_(b)
module = lin(x)
# --8<-- [end:module]
# --8<-- [start:compare]
for name, y in [("loops", loops), ("x @ W.T + b", matmul),
                ("F.linear", functional), ("nn.Linear", module)]:
    print(f"{name:12} {y.tolist()}  equal to loops: {torch.equal(y, loops)}")
print(module)
# --8<-- [end:compare]
