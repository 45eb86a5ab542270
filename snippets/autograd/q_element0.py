# "element 0 of tensors does not require grad and does not have a grad_fn":
# the loss was computed without recording, so backward has no graph.
import torch
from torch import nn

torch.manual_seed(0)
model, x = nn.Linear(3, 1), torch.randn(4, 3)


def try_backward(label, make_loss):
    loss = make_loss()
    try:
        loss.backward()
        print(f"{label:<33} backward ran")
    except RuntimeError as e:
        print(f"{label:<33} requires_grad={loss.requires_grad},"
              f" grad_fn={loss.grad_fn}\n  RuntimeError: {e}")


def under_no_grad():
    with torch.no_grad():  # as in evaluation code
        return model(x).pow(2).mean()


def under_inference_mode():
    with torch.inference_mode():  # Lightning's default around val/test
        with torch.enable_grad():  # does not switch recording back on
            return model(x).pow(2).mean()


def no_grad_then_enable_grad():
    with torch.no_grad():
        with torch.enable_grad():  # does, inside no_grad
            return model(x).pow(2).mean()


def all_frozen():
    frozen = nn.Linear(3, 1).requires_grad_(False)
    return frozen(x).pow(2).mean()


try_backward("under torch.no_grad():", under_no_grad)
try_backward("inference_mode() + enable_grad():", under_inference_mode)
try_backward("no_grad() + enable_grad():", no_grad_then_enable_grad)
try_backward("every parameter frozen:", all_frozen)
