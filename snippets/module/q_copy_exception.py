# "While copying the parameter named ..., an exception occurred": the key
# and the shape matched, and the copy itself failed. The reason is at the
# end; here the checkpoint came from a model still on the meta device.
import torch
from torch import nn

with torch.device("meta"):                 # built, never given data
    unloaded = nn.Linear(2, 1)
checkpoint = unloaded.state_dict()         # saved by mistake: no values

model = nn.Linear(2, 1)
try:
    model.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[1].strip())

# Check a state_dict before saving it: every tensor must hold data.
print("meta tensors in the checkpoint:",
      [k for k, v in checkpoint.items() if v.is_meta])

# The fix: save from a model whose tensors hold values.
torch.manual_seed(0)
real = nn.Linear(2, 1)
print("from a real model:", model.load_state_dict(real.state_dict()))
