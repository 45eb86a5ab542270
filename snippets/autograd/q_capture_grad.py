# Capturing a layer's output gradient (as Grad-CAM does): a forward hook
# keeps the output and registers a tensor hook on it; the tensor hook runs
# only if a backward pass goes through that output.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(),
                      nn.Linear(8, 3))
saved = {}


def keep(module, inputs, output):
    saved["act"], saved["grad"] = output, None
    try:
        output.register_hook(lambda g: saved.update(grad=g))
    except RuntimeError as e:  # the output was made without recording
        print("  RuntimeError:", e)


model[0].register_forward_hook(keep)
image = torch.randn(1, 1, 4, 4)

print("1. forward, then backward from one class score:")
model(image)[0, 2].backward()
print("  grad captured:", tuple(saved["grad"].shape))

print("2. forward under torch.no_grad() (inference code):")
with torch.no_grad():
    score = model(image)[0, 2]
print("  grad captured:", saved["grad"], "score.grad_fn:", score.grad_fn)

print("3. forward only, no backward yet:")
model(image)
print("  grad captured:", saved["grad"])
try:
    saved["grad"][0]
except TypeError as e:
    print("  TypeError:", e)
