# Inside a module's full backward hook grad mode is off (unless the outer
# backward has create_graph=True), so a tensor computed there from
# parameters has no grad_fn, and backward() on it fails. Fixes:
# torch.enable_grad() inside the hook, or create_graph=True outside.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 2)
x = torch.ones(1, 2, requires_grad=True)


def penalty_hook(module, grad_input, grad_output):
    print("  grad enabled in the hook:", torch.is_grad_enabled())
    penalty = module.weight.pow(2).sum()
    print("  penalty.grad_fn:", type(penalty.grad_fn).__name__)
    try:
        penalty.backward()
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")


def fixed_hook(module, grad_input, grad_output):
    with torch.enable_grad():
        penalty = module.weight.pow(2).sum()
        penalty.backward()                   # adds 2w to weight.grad
    print("  enable_grad: penalty.grad_fn:", type(penalty.grad_fn).__name__)


handle = layer.register_full_backward_hook(penalty_hook)
print("backward():")
layer(x).sum().backward()

print("backward(create_graph=True):")
layer.zero_grad()
x.grad = None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")          # the reference-cycle warning
    layer(x).sum().backward(create_graph=True)
print("  the cost: x.grad carries a graph too, requires_grad",
      x.grad.requires_grad)
handle.remove()

print("torch.enable_grad() in the hook:")
layer.zero_grad()
x.grad = None
layer.register_full_backward_hook(fixed_hook)
layer(x).sum().backward()
expected = torch.ones(2, 1) @ x + 2 * layer.weight.detach()
assert torch.allclose(layer.weight.grad, expected)
print("  weight.grad is the layer's gradient + 2w; x.grad requires_grad",
      x.grad.requires_grad)
