# Which tensors resize_ refuses ("cannot resize variables that require grad"),
# and how a meter that keeps model outputs (as APMeter does) runs into it.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)          # a small stand-in for the asker's model
x = torch.randn(2, 4)


def try_resize(label, t):
    try:
        t.resize_(4, 3)
        print(f"{label:<34} resized to {tuple(t.shape)}")
    except RuntimeError as e:
        print(f"{label:<34} {type(e).__name__}: {e}")


try_resize("leaf, requires_grad=True:", torch.zeros(2, 3, requires_grad=True))
try_resize("model output (non-leaf):", model(x))
try_resize("model output, detached:", model(x).detach())
try_resize("tensor that does not require grad:", torch.zeros(2, 3))
leaf = torch.zeros(2, 3, requires_grad=True)
with torch.no_grad():
    try_resize("leaf, under torch.no_grad():", leaf)
with torch.inference_mode():
    try_resize("leaf, under inference_mode():", leaf)


class Meter:  # keeps every batch's scores in one growing tensor
    def __init__(self):
        self.scores = torch.zeros(0, 3)

    def add(self, output):
        n = self.scores.size(0)
        self.scores.resize_(n + output.size(0), output.size(1))
        self.scores.narrow(0, n, output.size(0)).copy_(output)


meter = Meter()
for step in range(3):
    try:
        meter.add(model(torch.randn(2, 4)))
        print(f"step {step}: stored; scores.requires_grad="
              f"{meter.scores.requires_grad}, "
              f"grad_fn={type(meter.scores.grad_fn).__name__}")
    except RuntimeError as e:
        print(f"step {step}: {type(e).__name__}: {e}")
        break

# The fix: store a detached output (or compute the outputs under no_grad).
torch.manual_seed(1)
batches = [torch.randn(2, 4) for _ in range(3)]
detached, no_grad = Meter(), Meter()
for b in batches:
    detached.add(model(b).detach())
    with torch.no_grad():
        no_grad.add(model(b))
assert not detached.scores.requires_grad and not no_grad.scores.requires_grad
assert torch.equal(detached.scores, no_grad.scores)
print("output.detach():", tuple(detached.scores.shape),
      "| under torch.no_grad():", tuple(no_grad.scores.shape),
      "| same values: True")
