# "size mismatch for ...": the key exists in both, the shapes differ, most
# often because the model was built with another configuration.
import torch
from torch import nn


def make(num_classes):
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, num_classes))


torch.manual_seed(0)
checkpoint = make(num_classes=10).state_dict()  # trained with 10 classes
model = make(num_classes=3)                     # built with 3
try:
    model.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))
print("strict=False raises too:", end=" ")
try:
    model.load_state_dict(checkpoint, strict=False)
except RuntimeError as e:
    print(str(e).splitlines()[0])

# Fix 1: build the model as the checkpoint was built (its shapes say how).
print("checkpoint's 2.weight:", tuple(checkpoint["2.weight"].shape))
print("make(10):", make(10).load_state_dict(checkpoint))

# Fix 2 (fine-tuning for 3 classes): load every tensor whose shape fits and
# keep the new head's own initial values for the rest.
own = model.state_dict()
fitting = {k: v for k, v in checkpoint.items() if v.shape == own[k].shape}
result = model.load_state_dict(fitting, strict=False)
print("not loaded:", result.missing_keys,
      "| unexpected:", result.unexpected_keys)
print("first layer loaded:",
      torch.equal(model[0].weight, checkpoint["0.weight"]))

# The same numbers in reverse order: the weight was saved transposed, as
# layers that compute x @ W store it ((in, out)); nn.Linear stores (out, in).
transposed = dict(make(3).state_dict())
transposed["0.weight"] = transposed["0.weight"].t().contiguous()   # (4, 8)
try:
    make(3).load_state_dict(transposed)
except RuntimeError as e:
    print(str(e).splitlines()[1].strip())
transposed["0.weight"] = transposed["0.weight"].t()
print("after .t():", make(3).load_state_dict(transposed))
