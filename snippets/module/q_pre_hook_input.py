# A forward pre-hook runs before forward and may replace the inputs: return
# a tuple of new positional arguments (a single value is wrapped in one), or
# with with_kwargs=True, a pair (args, kwargs).
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0]])
print(f"plain call: {layer(x).item():.4f}",
      f"| forward(10 * x): {layer.forward(10 * x).item():.4f}")


def scale_tuple(module, args):
    (inp,) = args
    return (inp * 10,)                    # a tuple: the new positional args


def scale_single(module, args):
    return args[0] * 10                   # one value: wrapped in a tuple


def rebind(module, args):
    args = (args[0] * 10,)                # rebinding a local name: no effect


for hook in (scale_tuple, scale_single, rebind):
    handle = layer.register_forward_pre_hook(hook)
    print(f"{hook.__name__}: {layer(x).item():.4f}")
    handle.remove()


def in_place(module, args):
    args[0].mul_(10)                      # changes the caller's tensor too


handle = layer.register_forward_pre_hook(in_place)
y = x.clone()
layer(y)
print("in_place: the caller's tensor is now", y.tolist())
handle.remove()


# Keyword arguments reach a pre-hook only with with_kwargs=True.
class Scaled(nn.Module):
    def forward(self, x, scale=1.0):
        return x * scale


def double_scale(module, args, kwargs):
    return args, {**kwargs, "scale": kwargs.get("scale", 1.0) * 2}


m = Scaled()
m.register_forward_pre_hook(double_scale, with_kwargs=True)
print("kwargs pre-hook, scale=3.0 becomes 6.0:", m(x, scale=3.0).tolist())
assert m(x, scale=3.0).tolist() == [[6.0, 12.0]]
