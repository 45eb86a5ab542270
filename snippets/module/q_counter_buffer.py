# A layer counts its forward calls in a buffer. Three things that make the
# count not stick: assigning a new tensor in a DataParallel replica, an EMA
# copy that averages only floating-point entries, and a Parameter as the
# counter. Then the counter that survives all three.
import copy

import torch
from torch import nn


class Rebinds(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("calls", torch.tensor(0))

    def forward(self, x):
        self.calls = self.calls + 1        # a new tensor, assigned to the name
        return x


class InPlace(Rebinds):
    def forward(self, x):
        self.calls += 1                    # the same tensor, changed in place
        return x


x = torch.ones(2)
model = Rebinds()
for step in range(3):
    model(x)
print("Rebinds called 3 times itself: model.calls =", model.calls.item())

# 1. DataParallel runs a replica of the model, made as
#    model._replicate_for_data_parallel() makes it: a new module object whose
#    buffers dict starts with the model's own tensors (as on device_ids[0]).
for cls in (Rebinds, InPlace):
    model = cls()
    for step in range(3):
        replica = model._replicate_for_data_parallel()
        replica(x)
    print(f"{cls.__name__:8} after 3 replica calls: model.calls =",
          model.calls.item(), "| replica.calls =", replica.calls.item())

# 2. An EMA copy, updated after each step the way YOLO repositories update
#    theirs: only floating-point entries of its state_dict are averaged.
model = InPlace()
model.register_buffer("calls_f", torch.tensor(0.0))
ema = copy.deepcopy(model).eval()
decay = 0.9999
for step in range(100):
    model(x)
    model.calls_f += 1
    with torch.no_grad():
        msd = model.state_dict()
        for k, v in ema.state_dict().items():
            if v.dtype.is_floating_point:
                v *= decay
                v += (1 - decay) * msd[k]
print("training model: calls =", model.calls.item(),
      "calls_f =", model.calls_f.item())
print("EMA model (saved): calls =", ema.state_dict()["calls"].item(),
      "calls_f = %.4f" % ema.state_dict()["calls_f"].item())
# the EMA's own forward calls (evaluation runs the EMA model) count there
ema(x)
print("after one eval call of the EMA model: calls =", ema.calls.item())

# 3. A Parameter as the counter: it requires grad, so in place is refused.
param = nn.Parameter(torch.tensor(0.0))
try:
    param += 1
except RuntimeError as e:
    print("Parameter += 1: RuntimeError:", str(e).split(".")[0])

# The fix: an integer buffer changed in place, and an EMA update that copies
# the entries it does not average.
with torch.no_grad():
    for k, v in ema.state_dict().items():
        if not v.dtype.is_floating_point:
            v.copy_(model.state_dict()[k])
print("EMA after copying the other entries: calls =", ema.calls.item())
assert ema.state_dict()["calls"].item() == model.calls.item() == 100
with torch.no_grad():                      # no_grad does not stop it either
    model(x)
assert model.calls.item() == 101
