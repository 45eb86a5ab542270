# torch.save pickles any object, storing its tensors' data beside the
# pickle; torch.load's default weights_only=True rebuilds only tensors,
# plain containers, builtin values and allowlisted types.
import collections
import datetime
import io

import torch

checkpoint = {"epoch": 3, "weights": torch.ones(2, 2), "note": "best",
              "lr": [0.1, 0.01], "saved": datetime.date(2026, 12, 6)}
buffer = io.BytesIO()
torch.save(checkpoint, buffer)


def load(**kwargs):
    buffer.seek(0)
    return torch.load(buffer, **kwargs)


try:
    load()
except Exception as e:
    message = str(e).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(type(e).__name__ + ":", message.splitlines()[0])
    line = [line for line in message.splitlines() if "Unsupported" in line][0]
    print("  ...", line.strip().split(" was not")[0])

loaded = load(weights_only=False)            # full pickle: trusted files only
print("weights_only=False:", loaded["saved"], tuple(loaded["weights"].shape))

with torch.serialization.safe_globals([datetime.date]):   # or allowlist it
    print("allowlisted:", load()["saved"])

checkpoint["saved"] = "2026-12-06"           # tensors and builtins only
buffer = io.BytesIO()
torch.save(checkpoint, buffer)
print("only tensors and builtins:", sorted(load()))

# The default's own allowlist: a fixed list of torch and collections types.
checkpoint = {"order": collections.OrderedDict(a=1),
              "counts": collections.Counter("aab"),
              "shape": torch.Size([2, 2]), "dtype": torch.float16,
              "device": torch.device("cpu"),
              "param": torch.nn.Parameter(torch.ones(1))}
buffer = io.BytesIO()
torch.save(checkpoint, buffer)
print("loaded by default:",
      ", ".join(type(value).__name__ for value in load().values()))
