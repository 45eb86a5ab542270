# Forward and backward hooks, per module and global, on one module;
# each call is numbered in the order it happens.
import torch
from torch import nn
from torch.nn.modules import module as module_globals

torch.manual_seed(0)
step = iter(range(1, 100))


def say(text):
    print(f"{next(step):2}. {text}")


def shapes(tensors):
    return [None if t is None else tuple(t.shape) for t in tensors]


def name(module):
    return type(module).__name__


class Affine(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 2)

    def forward(self, x, *, scale=1.0):
        say("Affine.forward")
        return self.lin(x) * scale


def global_pre(mod, args):
    say(f"global forward pre-hook    ({name(mod)})")


def pre(mod, args):
    say(f"forward pre-hook           args {shapes(args)}")


def pre_kwargs(mod, args, kwargs):  # with_kwargs=True: sees the kwargs
    say(f"forward pre-hook, kwargs   {kwargs}")


def post(mod, args, out):
    say(f"forward hook               output {tuple(out.shape)}")


def global_post(mod, args, out):
    say(f"global forward hook        ({name(mod)})")


def backward_pre(mod, grad_out):
    say(f"backward pre-hook          grad_output {shapes(grad_out)}")


def backward(mod, grad_in, grad_out):
    say(f"full backward hook         grad_input {shapes(grad_in)}")


def global_backward(mod, grad_in, grad_out):
    say(f"global full backward hook  ({name(mod)})")


m = Affine()
handles = [
    module_globals.register_module_forward_pre_hook(global_pre),
    m.register_forward_pre_hook(pre),
    m.register_forward_pre_hook(pre_kwargs, with_kwargs=True),
    m.register_forward_hook(post),
    module_globals.register_module_forward_hook(global_post),
    m.register_full_backward_pre_hook(backward_pre),
    m.register_full_backward_hook(backward),
    module_globals.register_module_full_backward_hook(global_backward),
]

x = torch.ones(4, 3, requires_grad=True)
y = m(x, scale=2.0)
say(f"m(x) returned {tuple(y.shape)}, grad_fn {y.grad_fn.name()}")
y.sum().backward()
say(f"backward done: x.grad is {tuple(x.grad.shape)}")

for handle in handles:
    handle.remove()
y = m(x, scale=2.0)
say(f"after handle.remove(), only forward ran; grad_fn {y.grad_fn.name()}")
