# torch.save(model) pickles the module object; torch.load's default
# weights_only=True refuses to rebuild it. Save the state_dict instead.
import io

import torch
from torch import nn


def make():
    return nn.Sequential(nn.Linear(2, 1))


buffer = io.BytesIO()  # a file on disk behaves the same
torch.save(make(), buffer)
buffer.seek(0)
try:
    torch.load(buffer)
except Exception as e:
    message = str(e).replace("\x1b[1m", "").replace("\x1b[0m", "")
    print(type(e).__name__ + ":", message.splitlines()[0])
    for line in message.splitlines():
        if "In PyTorch 2.6" in line or "Unsupported global" in line:
            print("  ...", line.strip())

# The recommended way: save the state_dict, rebuild the model, load into it.
buffer = io.BytesIO()
torch.save(make().state_dict(), buffer)
buffer.seek(0)
state = torch.load(buffer)  # weights_only=True is fine for tensors
print("state_dict loaded:", make().load_state_dict(state))

# Loading a whole pickled model you trust needs weights_only=False (and
# its classes importable under the same names).
buffer = io.BytesIO()
torch.save(make(), buffer)
buffer.seek(0)
print("weights_only=False:", type(torch.load(buffer, weights_only=False)))
