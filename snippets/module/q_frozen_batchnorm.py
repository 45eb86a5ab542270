# requires_grad_(False) freezes parameters, not BatchNorm's running
# statistics: those are buffers, updated by every forward in training mode.
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))
head = nn.Linear(4, 1)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)  # "frozen"


def forward_pass():
    before = {k: v.clone() for k, v in backbone.state_dict().items()}
    model(torch.randn(8, 3) * 5 + 3)  # new data, other statistics
    after = backbone.state_dict()
    return [k for k in before if not torch.equal(before[k], after[k])]


model.train()
print("train mode, changed in the frozen backbone:", forward_pass())

# Fix: put the frozen part in eval mode after every model.train().
model.train()
backbone.eval()
print("backbone.eval(), changed:", forward_pass())
print("head still trains:", head.training, "| backbone:", backbone.training)
model.train()  # an epoch loop calling this undoes backbone.eval()
print("after model.train() again, backbone.training:", backbone.training)
