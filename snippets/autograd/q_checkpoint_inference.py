# Checkpointing saves memory by not keeping a block's activations for
# backward. At inference under torch.no_grad() nothing is kept anyway.
import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

held = weakref.WeakSet()


class Saved:  # what a graph holds in place of each tensor it saves
    def __init__(self, t):
        self.t = t.detach()
        held.add(self)


def kib_held():  # activations only: saved weights are the parameters
    own = {p.untyped_storage().data_ptr() for p in blocks.parameters()}
    storages = {s.t.untyped_storage().data_ptr():
                s.t.untyped_storage().nbytes() for s in held}
    return sum(n for ptr, n in storages.items() if ptr not in own) // 1024


torch.manual_seed(0)
blocks = nn.ModuleList(nn.Sequential(nn.Linear(256, 256), nn.ReLU(),
                                     nn.Linear(256, 256), nn.ReLU())
                       for _ in range(4))
x = torch.randn(64, 256, requires_grad=True)


def forward(ckpt):
    h = x
    for block in blocks:
        if ckpt and torch.is_grad_enabled():  # only where it helps
            h = checkpoint(block, h, use_reentrant=True)
        else:
            h = block(h)
    return h


for mode in ("training", "torch.no_grad()"):
    for ckpt in (False, True):
        with saved_tensors_hooks(Saved, lambda s: s.t):
            if mode == "training":
                out = forward(ckpt)
            else:
                with torch.no_grad():
                    out = forward(ckpt)
        label = f"{mode}, {'checkpointed' if ckpt else 'plain'}:"
        print(f"{label:<30} {kib_held():>5} KiB kept for backward, "
              f"output {out.numel() * 4 // 1024} KiB")
        del out
