# A full backward hook on a module with two inputs, the first of which does
# not require grad: what torch 2.13.0 passes the hook, and why.
import torch
from torch import nn
from torch.nn.modules._functions import BackwardHookFunction


class Multiply(nn.Module):
    def forward(self, x1, x2):
        return x1 * x2


def show(module, grad_input, grad_output):
    print("  grad_input", grad_input, "grad_output", grad_output)


mul = Multiply()
handle = mul.register_full_backward_hook(show)
t2 = torch.tensor([5.0], requires_grad=True)
for t1 in (torch.tensor([3.0]), torch.tensor([3.0], requires_grad=True)):
    print(f"t1.requires_grad={t1.requires_grad}:")
    mul(t1, t2).backward()
handle.remove()

# What _call_impl passes forward: new tensors, one per input; the one for
# an input that does not require grad has no grad_fn.
new = BackwardHookFunction.apply(torch.tensor([3.0]), t2)
print("grad_fn of the new tensors:",
      [None if t.grad_fn is None else t.grad_fn.name() for t in new])
