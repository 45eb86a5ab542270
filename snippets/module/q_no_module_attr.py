# model.module exists only on a wrapper (DataParallel, DDP): on the bare
# model it is a missing attribute like any other.
import torch
from torch import nn


class VanillaNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(2, 2)

    def features(self, x):
        return self.stem(x)


torch.manual_seed(0)
model = VanillaNet()
try:
    model.module.stem
except AttributeError as e:
    print(f"model.module raised {type(e).__name__}: {e}")

wrapped = nn.DataParallel(model)  # without a GPU it only wraps
print("wrapped.module is model:", wrapped.module is model)


def unwrap(m):  # the fix: works wrapped or not
    return m.module if isinstance(
        m, (nn.DataParallel, nn.parallel.DistributedDataParallel)) else m


print("unwrap(model) is model:", unwrap(model) is model,
      "| unwrap(wrapped) is model:", unwrap(wrapped) is model)
print("keys saved from unwrap(wrapped):", list(unwrap(wrapped).state_dict()))

# The other way round: the wrapper has only its own methods and its child
# "module"; your model's methods and attributes are one level down.
for name in ("features", "stem"):
    try:
        getattr(wrapped, name)
    except AttributeError as e:
        print(f"wrapped.{name} raised", repr(e))
print("unwrap(wrapped).features(x):",
      unwrap(wrapped).features(torch.ones(1, 2)).shape)
