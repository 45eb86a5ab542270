# A checkpoint whose keys carry a prefix the model does not have: strict
# loading lists every key twice, strict=False loads nothing and says so only
# in the result it returns.
from collections import OrderedDict

import torch
from torch import nn


def make():
    return nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))


class Trainer(nn.Module):  # a training wrapper that keeps the net as .model
    def __init__(self):
        super().__init__()
        self.model = make()


torch.manual_seed(0)
checkpoint = Trainer().state_dict()  # what the training script saved
print("checkpoint keys:", list(checkpoint))
torch.manual_seed(1)
net = make()
print("model keys:     ", list(net.state_dict()))
try:
    net.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))

result = net.load_state_dict(checkpoint, strict=False)  # no error...
print("strict=False returned:", result)
print("...and the weights are still the model's own:",
      not torch.equal(net[0].weight, checkpoint["model.0.weight"]))



def prefixes(result):  # each unexpected key that ends with a missing one
    return {u[: -len(m)] for u in result.unexpected_keys
            for m in result.missing_keys if u.endswith("." + m)}


print("prefix to remove:", prefixes(result))

# The fix: rename the keys, then load strictly, so nothing is left out.
renamed = {k.removeprefix("model."): v for k, v in checkpoint.items()}
print("after renaming:", net.load_state_dict(renamed))
print("weights loaded:",
      torch.equal(net[0].weight, checkpoint["model.0.weight"]))

# Another architecture: its names end with none of the model's, so there is
# no prefix to remove; load it into the model it was saved from.
other = nn.Sequential(OrderedDict(stem=nn.Linear(2, 3), head=nn.Linear(3, 1)))
result = net.load_state_dict(other.state_dict(), strict=False)
print("another architecture, prefix to remove:", prefixes(result),
      "| unexpected:", result.unexpected_keys)
