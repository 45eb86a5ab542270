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
