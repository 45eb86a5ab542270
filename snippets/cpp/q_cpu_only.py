# A script written for a GPU, on a machine or a torch without CUDA:
# "Torch not compiled with CUDA enabled", and a checkpoint saved on a GPU:
# "Attempting to deserialize object on a CUDA device".
import io

import torch
import torch.serialization

print("torch.version.cuda:", torch.version.cuda,
      "| torch.cuda.is_available():", torch.cuda.is_available())
try:
    torch.ones(2).cuda()
except (AssertionError, RuntimeError) as e:
    print(f"torch.ones(2).cuda(): {type(e).__name__}: {e}")

# the fix: choose the device once, from what the machine has
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = torch.nn.Linear(3, 2).to(device)
print("model on", next(model.parameters()).device)

# a checkpoint from a GPU: its storages are tagged "cuda:0" (tagged so here,
# in place of a GPU, by replacing the function that names their location)
buffer = io.BytesIO()
real_tag = torch.serialization.location_tag
torch.serialization.location_tag = lambda storage: "cuda:0"
try:
    torch.save(model.state_dict(), buffer)
finally:
    torch.serialization.location_tag = real_tag
for how, kwargs in (("torch.load(f)", {}),
                    ("torch.load(f, map_location=device)",
                     {"map_location": device})):
    buffer.seek(0)
    try:
        state = torch.load(buffer, **kwargs)
        print(f"{how}: loaded, weight on", state["weight"].device)
    except RuntimeError as e:
        print(f"{how}: RuntimeError: {str(e).split('. ')[0]}.")
assert not model.load_state_dict(state).missing_keys
