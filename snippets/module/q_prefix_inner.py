# A checkpoint from a script that wrapped only a part of the model, as
# model.features = nn.DataParallel(model.features): "module." sits after
# "features." in its keys, and a model wrapped whole has it first.
import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


class Net(nn.Module):  # the layout of torchvision's VGG and AlexNet
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
        self.classifier = nn.Linear(4, 2)

    def forward(self, x):
        return self.classifier(self.features(x))


torch.manual_seed(0)
saved = Net()
saved.features = nn.DataParallel(saved.features)  # only this part wrapped
checkpoint = saved.state_dict()
print("checkpoint keys:", list(checkpoint))

whole = nn.DataParallel(Net())  # the loading script wraps the whole model
print("model keys:     ", list(whole.state_dict()))
try:
    whole.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))

# Removing a prefix works at the start of a key only: nothing changes here.
copy = dict(checkpoint)
consume_prefix_in_state_dict_if_present(copy, "module.")
print("consume_prefix_in_state_dict_if_present:", list(copy)[:2])

# Fix 1: wrap the model as the saving script did, then load: the names match.
model = Net()
model.features = nn.DataParallel(model.features)
print("wrapped the same way:", model.load_state_dict(checkpoint))

# Fix 2: rename to the bare model's keys, dropping every "module" part of a
# name; the assert stops a model that has a child of its own named module.
bare = Net()
renamed = {".".join(p for p in k.split(".") if p != "module"): v
           for k, v in checkpoint.items()}
assert renamed.keys() == bare.state_dict().keys(), sorted(renamed)
print("bare model:", bare.load_state_dict(renamed))
print("same weights:", torch.equal(bare.features[0].weight,
                                   saved.features.module[0].weight))
