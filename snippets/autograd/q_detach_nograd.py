# detach() cuts one tensor out of the graph; torch.no_grad() stops
# recording for every operation run inside the block.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

d = w.detach()  # same memory, no graph, requires_grad=False
print("w.detach():      requires_grad", d.requires_grad,
      " shares memory:", d.data_ptr() == w.data_ptr())
y = w * d  # w is still recorded, d is a constant
print("w * w.detach():  grad_fn", type(y.grad_fn).__name__)
y.sum().backward()
print("  w.grad:", w.grad.tolist(), "= d, not 2 * w")

with torch.no_grad():
    z = w * w  # nothing inside the block is recorded
    print("under no_grad:   w * w requires_grad", z.requires_grad,
          " w.requires_grad", w.requires_grad)
    w -= 0.1 * w.grad  # an in-place update of a leaf is allowed here
print("after no_grad:   w", w.detach(), "is_leaf", w.is_leaf)

d.zero_()  # detach() shares memory: changing d changes w
print("after d.zero_(): w", w.detach())
