# "forward() missing 1 required positional argument: 'x'" is Python's message
# for a forward called without that argument. What does DataParallel's
# scatter do with inputs that hold no tensor?
import collections

import numpy as np
import torch
from torch import nn
from torch.nn.parallel.scatter_gather import scatter_kwargs

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return type(x).__name__

model = Net()
try:
    model()
except TypeError as e:
    print("model(): TypeError:", e)

# Module.__call__ passes on its arguments, unless a forward pre-hook returns
# new ones: a hook that returns () drops x although model(x) passed it.
hooked = Net()
handle = hooked.register_forward_pre_hook(lambda module, args: ())
try:
    hooked(torch.ones(2, 2))
except TypeError as e:
    print("pre-hook returning (): TypeError:", e)
handle.remove()

# scatter_kwargs(inputs, kwargs, device_ids) is what DataParallel.forward
# calls, with dim=self.dim; it needs CUDA only for tensors, which it splits
# along dim (0 by default). A non-empty list, tuple or dict is split item by
# item and rebuilt for each device; any other object, and an empty list, dict
# or plain tuple, is passed whole to every device.
def same_objects(a, b):
    if isinstance(a, list) and isinstance(b, list):  # a list is rebuilt
        return len(a) == len(b) and all(p is q for p, q in zip(a, b))
    return a is b

devices = [0, 1]
for x in ([np.zeros(2), np.ones(2)], None, []):
    args, kwargs = scatter_kwargs((x,), {}, devices)
    print(f"{type(x).__name__} {x!r}: one args tuple per device:", len(args),
          "| each holds x's objects:",
          all(len(a) == 1 and same_objects(a[0], x) for a in args))

# No positional arguments although one was passed: an argument that splits
# into no parts at all, such as an empty namedtuple (zip over nothing).
Empty = collections.namedtuple("Empty", [])
args, kwargs = scatter_kwargs((Empty(),), {}, devices)
print("Empty(): args per device:", args, "kwargs:", kwargs)
# With a keyword argument as well, the positional parts are padded with one
# empty tuple per keyword part: still no x.
args, kwargs = scatter_kwargs((Empty(),), {"delta": 3}, devices)
print("Empty(), delta=3: args per device:", args, "kwargs:", kwargs)

# DataParallel.forward, as a one-GPU DataParallel runs it (device_ids [0]),
# run on the CPU: the source device is the CPU, where the model is, instead
# of cuda:0; inputs without tensors need no GPU on this path.
dp = nn.DataParallel(model)
dp.device_ids, dp.src_device_obj, dp.dim = [0], torch.device("cpu"), 0
print("dp([arrays]):", dp([np.zeros(2), np.ones(2)]))
try:
    dp(Empty())
except TypeError as e:
    print("dp(Empty()): TypeError:", e)

# The fix: check the batch before the call, and give the model a tensor.
def to_input(batch):
    if batch is None or len(batch) == 0:
        raise ValueError("the loader gave an empty batch or None")
    return torch.from_numpy(np.stack(batch))

for bad in ([], None):
    try:
        to_input(bad)
    except ValueError as e:
        print(f"to_input({bad!r}): ValueError:", e)
batch = [np.zeros(2, dtype=np.float32), np.ones(2, dtype=np.float32)]
x = to_input(batch)
print("model(x) with x a tensor of shape", tuple(x.shape), "->", model(x))
