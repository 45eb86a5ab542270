# requires_grad, detach() and detach_(), and a target that is not
# detached: its gradient reaches the network that made it.
import torch
import torch.nn.functional as F
from torch import nn

# requires_grad=False: operations run as usual, and record nothing.
x = torch.tensor([1.0, 2.0])
y = x * 2
print(f"x*2 from requires_grad=False:  requires_grad={y.requires_grad}, "
      f"grad_fn={y.grad_fn}")
w = torch.tensor([0.5, 0.5], requires_grad=True)
y = x * w  # one input that requires grad is enough
print(f"x*w with w requiring grad:     requires_grad={y.requires_grad}, "
      f"grad_fn={type(y.grad_fn).__name__}")

# detach(): a new tensor, same memory, no history; h keeps its own.
h = w * 3
d = h.detach()
print(f"h.detach(): d.grad_fn={d.grad_fn}, h.grad_fn="
      f"{type(h.grad_fn).__name__}, same memory: "
      f"{d.data_ptr() == h.data_ptr()}")

# detach_(): h itself loses its history, for every later use of h.
h.detach_()
print(f"h.detach_(): h.grad_fn={h.grad_fn}, h.is_leaf={h.is_leaf}")

# A target computed by a network: not detached, the loss trains that
# network too, pulling the target towards the prediction.
torch.manual_seed(0)
online, target_net = nn.Linear(2, 1), nn.Linear(2, 1)
s = torch.randn(4, 2)
for how in ("target", "target.detach()"):
    online.zero_grad(), target_net.zero_grad()
    target = target_net(s)
    if how == "target.detach()":
        target = target.detach()
    F.smooth_l1_loss(online(s), target).backward()
    g = target_net.weight.grad
    g = None if g is None else [round(v, 3) for v in g.flatten().tolist()]
    print(f"smooth_l1_loss(pred, {how + '):':<17} "
          f"target_net.weight.grad = {g}")
