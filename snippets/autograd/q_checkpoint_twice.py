# One loss from two forward passes through a checkpointed block (chosen
# and rejected inputs of a reward model): with use_reentrant=True each
# pass's backward adds into the block's .grad on its own.
import torch
from torch import nn
from torch.nn.functional import logsigmoid
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
emb, blk, head = nn.Linear(3, 3), nn.Linear(3, 3), nn.Linear(3, 1)
chosen, rejected = torch.randn(2, 3), torch.randn(2, 3)
added = []  # one entry each time a gradient is added into blk.weight.grad
blk.weight.register_post_accumulate_grad_hook(added.append)


def reward(x, ckpt):
    h = emb(x)
    if ckpt is not None:
        return head(checkpoint(blk, h, use_reentrant=ckpt)).sum()
    return head(blk(h)).sum()


grads = {}
for ckpt in (None, True, False):
    name = "no checkpoint" if ckpt is None else f"use_reentrant={ckpt}"
    blk.zero_grad(), added.clear()
    loss = -logsigmoid(reward(chosen, ckpt) - reward(rejected, ckpt))
    loss.backward()
    grads[ckpt] = blk.weight.grad.clone()
    print(f"{name}, one loss: one backward,",
          f"blk.weight.grad added to {len(added)} time(s)")
    blk.zero_grad(), added.clear()
    reward(chosen, ckpt).backward()
    reward(rejected, ckpt).backward()
    print(f"{name}, each output on its own: two backwards,",
          f"blk.weight.grad added to {len(added)} time(s)")

assert torch.allclose(grads[True], grads[None])
assert torch.allclose(grads[False], grads[None])
print("the summed gradient is the same in all three")
