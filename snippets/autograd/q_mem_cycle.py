# terminal: torch prints the warning it shows once per process
# Which double-backward patterns leave their tensors alive after the
# last name for them is gone: a weak reference to the input tells.
import gc
import warnings
import weakref

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1))


def freed(label, step):
    model.zero_grad(set_to_none=True)
    x = torch.randn(2, 4, requires_grad=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        step(x)
    for w in caught:  # what torch says when a cycle is made
        print(f"{w.category.__name__}: {str(w.message).split('. ')[0]}")
    ref = weakref.ref(x)
    del x  # the last Python name for the input
    gc.collect()  # a cycle through C++ is not collected either
    print(f"{label:<46} freed: {ref() is None}")


def backward_create_graph(x):
    model(x).tanh().sum().backward(create_graph=True)
    x.grad.pow(2).sum().backward()  # backprop through the input's .grad


def then_grad_none(x):
    backward_create_graph(x)
    x.grad = None  # breaks x -> x.grad -> its graph -> x
    model.zero_grad(set_to_none=True)  # the parameters' too


def autograd_grad(x):
    (gx,) = torch.autograd.grad(model(x).tanh().sum(), x,
                                create_graph=True)
    gx.pow(2).sum().backward()


def grad_fed_back(x):  # input gradient fed into the model again
    (dx,) = torch.autograd.grad(model(x).sum(), x, create_graph=True)
    model(x + dx).sum().backward()


def own_gradient(x, create_graph=False):  # y.backward(y)
    y = model(x).tanh()
    y.backward(y, create_graph=create_graph)


class Recompute(torch.autograd.Function):  # autograd.grad in backward
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.tanh()

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        with torch.enable_grad():
            y = x.clone().tanh()  # recomputed, recorded back to x
        return torch.autograd.grad(y, x, g,
                                   create_graph=torch.is_grad_enabled())


def function_backward(x, create_graph=False):
    Recompute.apply(x).sum().backward(create_graph=create_graph)


def function_grad(x):
    torch.autograd.grad(Recompute.apply(x).sum(), x, create_graph=True)


freed("backward(create_graph=True), then via x.grad", backward_create_graph)
freed("the same, then x.grad = None", then_grad_none)
freed("autograd.grad(create_graph=True)", autograd_grad)
freed("autograd.grad, fed back, backward()", grad_fed_back)
freed("y.backward(y)", own_gradient)
freed("y.backward(y, create_graph=True)",
      lambda x: own_gradient(x, create_graph=True))
freed("Function: backward()", function_backward)
freed("Function: backward(create_graph=True)",
      lambda x: function_backward(x, create_graph=True))
freed("Function: autograd.grad(create_graph=True)", function_grad)
