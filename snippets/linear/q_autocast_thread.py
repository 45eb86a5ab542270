# A float16 base layer feeding a float32 adapter (as a LoRA layer does):
# F.linear refuses the mix, autocast accepts it, and autocast is
# thread-local, so a forward run in another thread runs without it.
import threading

import torch
from torch import nn

torch.manual_seed(0)
base = nn.Linear(4, 4).half()              # the model, loaded in float16
lora_a = nn.Linear(4, 2, bias=False)       # an adapter, kept in float32
x = torch.randn(3, 4).half()


def forward():
    h = base(x)
    return lora_a(h)


for name, call in [
        ("float16 into the float32 adapter", forward),
        ("float32 into the float16 layer", lambda: base(x.float()))]:
    try:
        call()
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {e}")

with torch.autocast("cpu", dtype=torch.float16):
    print("autocast, same thread:", forward().dtype)
    result = {}

    def replica():  # what a worker thread, e.g. one per GPU, runs
        result["autocast on"] = torch.is_autocast_enabled("cpu")
        try:
            result["output"] = forward().dtype
        except RuntimeError as e:
            result["output"] = f"RuntimeError: {e}"

    t = threading.Thread(target=replica)
    t.start()
    t.join()
    print("autocast, other thread:", result)


# Fix 1: enter autocast where the forward runs (inside forward itself).
def replica_with_autocast():
    with torch.autocast("cpu", dtype=torch.float16):
        result["output"] = forward().dtype


t = threading.Thread(target=replica_with_autocast)
t.start()
t.join()
print("autocast entered in the thread:", result["output"])


# What DataParallel's workers enter: enabled=True without a dtype, which
# takes the device's default autocast dtype, not the caller's float16.
def worker():
    with torch.autocast("cpu", enabled=True):
        result["dtype"] = torch.get_autocast_dtype("cpu")


with torch.autocast("cpu", dtype=torch.float16):
    t = threading.Thread(target=worker)
    t.start()
    t.join()
print("autocast(enabled=True) in the thread:", result["dtype"],
      "| default for cuda:", torch.get_autocast_dtype("cuda"))

# Fix 2: no autocast at all; give the adapter the input in its own dtype.
out = lora_a(base(x).to(lora_a.weight.dtype))
print("input cast to the adapter's dtype:", out.dtype)
assert out.dtype == torch.float32
