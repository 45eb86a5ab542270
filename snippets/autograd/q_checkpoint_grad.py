# The reentrant checkpoint (use_reentrant=True) refuses autograd.grad,
# and so a jvp computed with it; use_reentrant=False supports both.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

# Forward-mode AD loads its decompositions with torch.jit.script, which
# warns (torch 2.13.0 does) that it is deprecated: not this script's subject.
warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), nn.Tanh())
x, v = torch.randn(2, 3, requires_grad=True), torch.randn(2, 3)


def loss_of(out, tangent):  # a loss that needs a jvp, as in MeanFlow
    return out.square().mean() + tangent.square().mean()


def jvp_loss(reentrant):
    f = lambda z: checkpoint(net, z, use_reentrant=reentrant)
    out, tangent = torch.autograd.functional.jvp(f, x, v, create_graph=True)
    return loss_of(out, tangent)


def grad_of_sum(reentrant):
    y = checkpoint(net, x, use_reentrant=reentrant).sum()
    return torch.autograd.grad(y, x)


for reentrant in (True, False):
    for step in (grad_of_sum, jvp_loss):
        net.zero_grad()
        try:
            result = step(reentrant)
            if step is jvp_loss:
                result.backward()
            print(f"use_reentrant={reentrant}, {step.__name__}: works")
        except RuntimeError as e:
            print(f"use_reentrant={reentrant}, {step.__name__}:",
                  f"{type(e).__name__}: {e}")

# The same weight gradient as without checkpointing.
grad_ckpt = net[0].weight.grad.clone()
net.zero_grad()
out, tangent = torch.func.jvp(net, (x,), (v,))
loss_of(out, tangent).backward()
assert torch.allclose(grad_ckpt, net[0].weight.grad)

# torch.func.jvp (forward mode): checkpoint the jvp; a jvp of a
# checkpointed function fails at backward.
def out_and_tangent(x, v):
    return torch.func.jvp(net, (x,), (v,))


net.zero_grad()
out, tangent = checkpoint(out_and_tangent, x, v, use_reentrant=False)
loss_of(out, tangent).backward()
assert torch.allclose(grad_ckpt, net[0].weight.grad)
print("jvp inside a use_reentrant=False checkpoint: same gradient")
try:
    f = lambda z: checkpoint(net, z, use_reentrant=False)
    out, tangent = torch.func.jvp(f, (x,), (v,))
    loss_of(out, tangent).backward()
except RuntimeError as e:
    print(f"func.jvp of a checkpointed net: {type(e).__name__}:",
          str(e).splitlines()[0])
