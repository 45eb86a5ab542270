# model.eval() changes only what reads self.training: here Dropout, BatchNorm,
# InstanceNorm with running statistics, and spectral_norm's hook. A model
# without them gives the same output in both modes.
import copy
from pathlib import Path

import torch
import torch.nn.modules
from torch import nn

# Which of torch's own module files read the flag at all:
folder = Path(torch.nn.modules.__file__).parent
print("files reading self.training:", sorted(
    p.name for p in folder.glob("*.py")
    if p.name != "module.py" and "self.training" in p.read_text()))


def modes_differ(model, x):
    outputs = []
    for train in (True, False):
        m = copy.deepcopy(model).train(train)  # a copy: BatchNorm's stats stay
        torch.manual_seed(0)
        outputs.append(m(x))
    return not torch.allclose(*outputs)


torch.manual_seed(0)
x = torch.randn(8, 4)
for name, model in (
        ("Linear+ReLU", nn.Sequential(nn.Linear(4, 4), nn.ReLU())),
        ("with Dropout", nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))),
        ("with BatchNorm1d",
         nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))),
        ("with InstanceNorm1d(4)",  # track_running_stats=False by default
         nn.Sequential(nn.Unflatten(0, (2, 4)), nn.InstanceNorm1d(4))),
        ("with InstanceNorm1d(4, track_running_stats=True)",
         nn.Sequential(nn.Unflatten(0, (2, 4)),  # 2 samples of 4 x 4
                       nn.InstanceNorm1d(4, track_running_stats=True))),
        ("spectral_norm(Linear)",  # its pre-hook reads module.training
         nn.utils.spectral_norm(nn.Linear(4, 4)))):
    readers = sorted({type(m).__name__ for m in model.modules()
                      if isinstance(m, (nn.modules.dropout._DropoutNd,
                                        nn.modules.batchnorm._NormBase))})
    print(f"{name}: eval() changes the output: {modes_differ(model, x)}",
          f"| dropout or norm layers: {readers}")

# A frozen feature extractor kept in eval mode while the head trains.
backbone = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
head = nn.Linear(4, 1)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)
model.train()
print("after model.train(): backbone.training =", backbone.training)
backbone.eval()  # again after every model.train()
before = backbone[1].running_mean.clone()
x.requires_grad_(True)  # stands in for layers before the backbone
y = model(x)
y.sum().backward()
print("backbone in eval: stats unchanged:",
      torch.equal(before, backbone[1].running_mean),
      "| nothing dropped, same output twice:", torch.equal(y, model(x)))
print("head.training:", head.training,
      "| head has a grad:", head.weight.grad is not None,
      "| the gradient flows through to x:", x.grad is not None)

# Only the BatchNorm layers in eval mode (their running statistics stay as
# trained), while Dropout keeps dropping: set the flag per layer after
# model.train(), walking modules() for the BatchNorm classes.
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
model.train()
for m in model.modules():
    if isinstance(m, nn.modules.batchnorm._BatchNorm):  # BatchNorm1d/2d/3d
        m.eval()
before = model[1].running_mean.clone()
torch.manual_seed(1)
first = model(x)
print("only BatchNorm in eval: stats unchanged:",
      torch.equal(before, model[1].running_mean),
      "| Dropout.training:", model[2].training,
      "| two calls differ:", not torch.equal(first, model(x)))
