# Tensor.register_hook passes the hook only the gradient.
import functools

import torch
from torch import nn

# Bind the tensor yourself, here with functools.partial.
w = nn.Parameter(torch.tensor([-1.0, 0.5, 2.0]))


def keep_positive(param, grad):  # no gradient where the value is <= 0
    return grad * (param.detach() > 0)


w.register_hook(functools.partial(keep_positive, w))
(w * 3).sum().backward()
print("gradient masked by the parameter's values:", w.grad.tolist())

# Inside a hook, recording is off unless backward records itself.
v = torch.ones(2, requires_grad=True)
v.register_hook(lambda g: print("  grad mode in the hook:",
                                torch.is_grad_enabled()))
for create_graph in (False, True):
    print(f"autograd.grad(..., create_graph={create_graph}):")
    torch.autograd.grad((v * v).sum(), v, create_graph=create_graph)
