# Three hooks on one parameter: what each gets, and when it runs. A hook on
# the tensor runs before its .grad is updated; a hook on its AccumulateGrad
# node, or a post-accumulate hook, after.
import torch
from torch import nn

p = nn.Parameter(torch.ones(2))
p.register_hook(lambda g: print(
    "tensor hook: gets grad", g.tolist(), "| p.grad before:",
    None if p.grad is None else p.grad.tolist()))
p.view_as(p).grad_fn.next_functions[0][0].register_hook(
    lambda grad_in, grad_out: print("never printed: that node is gone"))
acc = p.view_as(p).grad_fn.next_functions[0][0]  # kept, so its hook stays
acc.register_hook(lambda grad_in, grad_out: print(
    "AccumulateGrad hook:", type(acc).__name__, "| p.grad after:",
    p.grad.tolist()))
p.register_post_accumulate_grad_hook(
    lambda param: print("post-accumulate hook: gets the parameter,"
                        " p.grad", param.grad.tolist()))
(p * 3).sum().backward()
print("second backward:")
(p * 3).sum().backward()
