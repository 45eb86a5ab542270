# When a full backward hook runs: after the gradients with respect to the
# module's inputs are computed; with no input requiring grad there are none
# to compute, so it runs as soon as the output's gradients exist, earlier.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
events = []
layer = nn.Linear(2, 2)


def module_hook(module, grad_input, grad_output):
    shapes = [None if g is None else tuple(g.shape) for g in grad_input]
    events.append(f"module hook, grad_input {shapes}")


layer.register_full_backward_hook(module_hook)
layer.weight.register_hook(lambda grad: events.append("weight's gradient"))

for requires_grad in (True, False):
    events.clear()
    x = torch.ones(1, 2, requires_grad=requires_grad)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layer(x).sum().backward()
    print(f"input requires grad {requires_grad}: {events}")
    for w in caught:
        message = str(w.message).split(" See ")[0]
        print(f"  {w.category.__name__}: {message}")
