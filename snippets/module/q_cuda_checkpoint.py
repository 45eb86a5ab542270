# A checkpoint saved from a GPU records each tensor's device, and torch.load
# puts it back there. On a machine without CUDA that fails; map_location
# says where to put the tensors instead. (Without a GPU, the snippet marks
# its tensors "cuda:0" itself, the location a GPU run writes.)
import io

import torch
from torch import nn
from torch.serialization import register_package

pretend_gpu = True
register_package(0, lambda storage: "cuda:0" if pretend_gpu else None,
                 lambda obj, location: None)
torch.manual_seed(0)
model = nn.Linear(2, 1)
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
pretend_gpu = False
print("CUDA available:", torch.cuda.is_available())

buffer.seek(0)
try:
    torch.load(buffer)
except RuntimeError as e:
    print("RuntimeError:", e)

# The fix: map the storages to the CPU (or to the device you have).
for where in ("cpu", torch.device("cpu"), {"cuda:0": "cpu"}):
    buffer.seek(0)
    state = torch.load(buffer, map_location=where)
    print(f"map_location={where!r}:", state["weight"].device)

fresh = nn.Linear(2, 1)
print(fresh.load_state_dict(state))
assert torch.equal(fresh.weight, model.weight)
