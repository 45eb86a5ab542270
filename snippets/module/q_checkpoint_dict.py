# torch.load gives back whatever torch.save was given: a state_dict (an
# OrderedDict of tensors, not a model), or a dict of your own that holds the
# state_dict under a key, next to the epoch and the optimizer's state.
import io

import torch
from torch import nn


def saved(obj):
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    buffer.seek(0)
    return buffer


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


trained = make_model()
loaded = torch.load(saved(trained.state_dict()))
print("torch.load gave:", type(loaded).__name__)
for method in ("eval", "to", "cuda"):   # loaded.eval(), loaded.to(device)
    try:
        getattr(loaded, method)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    loaded(torch.zeros(1, 4))
except TypeError as e:
    print("TypeError:", e)

# Fix: build the model with the same code, then load the state_dict into it.
model = make_model()
print("load_state_dict:", model.load_state_dict(loaded))
model.eval()

try:
    model.load_state_dict("model.pth")    # a file name, not what it holds
except TypeError as e:
    print("TypeError:", e)

# A training checkpoint: the state_dict is one value of the dict.
optimizer = torch.optim.SGD(trained.parameters(), lr=0.1)
checkpoint = torch.load(saved({
    "epoch": 3,
    "model_state_dict": trained.state_dict(),
    "optimizer_state_dict": optimizer.state_dict()}))
try:
    model.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", " ".join(e.args[0].split()))
print("the checkpoint's keys:", list(checkpoint))
print("load_state_dict(checkpoint['model_state_dict']):",
      model.load_state_dict(checkpoint["model_state_dict"]))
assert torch.equal(model[0].weight, trained[0].weight)
