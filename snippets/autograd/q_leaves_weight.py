# "you can only change requires_grad flags of leaf variables" from
# module.weight.requires_grad = False: which weights are not leaves.
import warnings

import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)


def freeze_weight(name, m):
    w = m.weight
    kind = w.grad_fn.name() if w.grad_fn is not None else "-"
    print(f"{name}: {type(w).__name__}, is_leaf={w.is_leaf}, "
          f"grad_fn={kind}")
    try:
        m.weight.requires_grad = False
        print("  weight.requires_grad = False: ok")
    except RuntimeError as e:
        print(f"  {type(e).__name__}: {e}")


plain = nn.Linear(3, 2)
freeze_weight("nn.Linear", plain)

new_wn = parametrizations.weight_norm(nn.Linear(3, 2))
freeze_weight("parametrizations.weight_norm", new_wn)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the old API warns it is deprecated
    old_wn = nn.utils.weight_norm(nn.Linear(3, 2))
freeze_weight("nn.utils.weight_norm", old_wn)

# A replica's weight: a tensor computed from the parameter and set as a
# plain attribute (a stand-in for what DataParallel's replicate() does).
replica = nn.Linear(3, 2)
source = replica.weight
del replica.weight
replica.weight = source * 1
freeze_weight("replica-style", replica)

# The fix: set the flag on the leaves, which named_parameters() lists.
for m in (new_wn, old_wn):
    print([n for n, _ in m.named_parameters()])
    m.requires_grad_(False)
    m(torch.randn(1, 3))  # the old weight_norm recomputes weight here
    print("  m.requires_grad_(False), one forward: weight requires grad",
          m.weight.requires_grad)
print("source.requires_grad_(False): replica weight requires grad",
      (source.requires_grad_(False) * 1).requires_grad)


# A stochastic-depth block that sets its weights' flags in forward.
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Linear(4, 4)

    def forward(self, x, keep):
        self.conv.weight.requires_grad = keep  # the line to delete
        return x + self.conv(x) if keep else x


blk = Block()
x = torch.randn(2, 4, requires_grad=True)
blk(x, keep=False).sum().backward()
print("on the module itself, skipped: ok, conv.weight.grad",
      blk.conv.weight.grad)
rep = Block()
w0 = rep.conv.weight
del rep.conv.weight
rep.conv.weight = w0 * 1  # as on a replica
try:
    rep(x, keep=False)
except RuntimeError as e:
    print(f"on a replica: {type(e).__name__}: {str(e).split('.')[0]}")


# Without that line a skipped block's weights get no gradient anyway.
class FixedBlock(Block):
    def forward(self, x, keep):
        return x + self.conv(x) if keep else x


fixed = FixedBlock()
fixed(x, keep=False).sum().backward()
print("fixed, skipped: conv.weight.grad", fixed.conv.weight.grad)
fixed(x, keep=True).sum().backward()
print("fixed, kept: conv.weight.grad is None:",
      fixed.conv.weight.grad is None)
