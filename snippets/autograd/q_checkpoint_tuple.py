# A tuple argument of the reentrant checkpoint: in torch 2.13 it passes
# save_for_backward, but the tensors in it are not detached, so backward
# goes through their graph twice. use_reentrant=False, or passing each
# tensor as its own argument, gives the gradient of the plain model.
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
emb, blk = nn.Linear(3, 3), nn.Linear(3, 3)
x = torch.randn(2, 3)


def layer(h, pair):  # pair: a tuple (k, v), as a cache or a mask might be
    k, v = pair
    return blk(h) * k.sigmoid() + v


def run(how):
    emb.zero_grad(), blk.zero_grad()
    h = emb(x)
    k, v = torch.tanh(h), h * 2  # computed from h, outside the checkpoint
    reached = []
    h.register_hook(reached.append)  # runs each time a gradient reaches h
    if how == "plain":
        out = layer(h, (k, v))
    elif how == "tuple, use_reentrant=True":
        out = checkpoint(layer, h, (k, v), use_reentrant=True)
    elif how == "tuple, use_reentrant=False":
        out = checkpoint(layer, h, (k, v), use_reentrant=False)
    elif how == "k, v captured, use_reentrant=True":
        out = checkpoint(lambda h: layer(h, (k, v)), h, use_reentrant=True)
    else:  # each tensor its own argument
        out = checkpoint(lambda h, k, v: layer(h, (k, v)), h, k, v,
                         use_reentrant=True)
    print(f"{how}: forward works;", end=" ")
    try:
        out.sum().backward()
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        print(f"  a gradient reached h {len(reached)} times before it")
        return None
    print(f"backward works, a gradient reached h {len(reached)} time(s)")
    return emb.weight.grad.clone()


plain = run("plain")
for how in ("tuple, use_reentrant=True",
            "k, v captured, use_reentrant=True",
            "tuple, use_reentrant=False",
            "k, v as arguments, use_reentrant=True"):
    grad = run(how)
    if grad is not None:
        assert torch.allclose(grad, plain)
