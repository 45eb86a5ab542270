# terminal: torch prints the warning it shows once per process
# Does .grad need .detach()? After an ordinary backward it has no graph;
# after backward(create_graph=True) it has one. And detach() never copies.
import warnings

import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w ** 3).sum().backward()
g = w.grad
print("after backward():", g, "requires_grad:", g.requires_grad,
      "grad_fn:", g.grad_fn)

kept, copied = g.detach(), g.clone()
w.grad.zero_()  # an in-place zeroing, as zero_grad(set_to_none=False) does
print("after w.grad.zero_(): detach() kept", kept, "clone() kept", copied)

w.grad = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (w ** 3).sum().backward(create_graph=True)
print("UserWarning:", str(caught[0].message).split(" We ")[0])
print("after backward(create_graph=True): grad_fn:",
      type(w.grad.grad_fn).__name__)
penalty = (w.grad ** 2).sum()  # a gradient penalty reaches w through .grad
print("penalty differentiable:", penalty.requires_grad,
      "| with w.grad.detach():", (w.grad.detach() ** 2).sum().requires_grad)
a, b = w.grad.clone().detach(), w.grad.detach().clone()
print("clone().detach() requires_grad:", a.requires_grad,
      "| detach().clone():", b.requires_grad,
      "| both copies:", w.grad.data_ptr() not in (a.data_ptr(), b.data_ptr()),
      "| w.grad.clone() alone records", type(w.grad.clone().grad_fn).__name__)
w.grad = None  # breaks the cycle the warning names
