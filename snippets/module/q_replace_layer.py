# Replacing every layer of one kind (here BatchNorm2d -> GroupNorm) in a
# nested model. named_modules() gives dotted paths; setattr does not
# follow dots, set_submodule does.
from torch import nn


def block(c):
    return nn.Sequential(nn.Conv2d(c, c, 3), nn.BatchNorm2d(c), nn.ReLU())


model = nn.Sequential(block(4), nn.Sequential(block(4), block(4)))
names = [n for n, m in model.named_modules() if isinstance(m, nn.BatchNorm2d)]
print("BatchNorm2d at:", names)

try:
    getattr(model, names[1])
except AttributeError as e:
    print(f"getattr(model, {names[1]!r}) -> AttributeError:", e)

# get_submodule and set_submodule follow the dots, level by level.
for name in names:
    bn = model.get_submodule(name)
    model.set_submodule(name, nn.GroupNorm(1, bn.num_features))
print("left:", sum(isinstance(m, nn.BatchNorm2d) for m in model.modules()),
      "| GroupNorm:", [n for n, m in model.named_modules()
                       if isinstance(m, nn.GroupNorm)])

# The same by hand, for a parent and a child name:
parent_name, _, child = "0.2".rpartition(".")
setattr(model.get_submodule(parent_name), child, nn.GELU())
print("model[0][2] is now", type(model[0][2]).__name__)

# A plain setattr with a dotted name does not fail: it adds a child whose
# name contains dots, beside the one you meant to replace.
setattr(model, "1.0.2", nn.GELU())
print("children now:", list(model._modules),
      "| model[1][0][2] is still", type(model[1][0][2]).__name__)
