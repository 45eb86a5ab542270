# The three gradients of y = x W^T + b, by hand and by autograd.
# --8<-- [start:setup]
import torch
from torch import nn

lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1., 2., 3.], [4., 5., 6.]]))
    lin.bias.copy_(torch.tensor([1., 2.]))
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
# --8<-- [end:setup]

# --8<-- [start:autograd]
y = lin(x)
g = torch.tensor([[1., 0.], [2., 1.]])  # dL/dy, any upstream gradient
y.backward(g)  # the same as L = (y * g).sum(); L.backward()
# --8<-- [end:autograd]

# --8<-- [start:by_hand]
by_hand = {
    "dL/dW = g^T x": g.T @ x.detach(),
    "dL/db = sum of g over the batch": g.sum(dim=0),
    "dL/dx = g W": g @ lin.weight.detach(),
}
from_autograd = [lin.weight.grad, lin.bias.grad, x.grad]
for (name, expected), actual in zip(by_hand.items(), from_autograd):
    agrees = torch.equal(expected, actual)
    print(f"{name}: {expected.tolist()}  autograd agrees: {agrees}")
# --8<-- [end:by_hand]
