# A whole model pickled by torch 1.5 or older has no
# _non_persistent_buffers_set in its modules' __dict__: torch 1.6 added that
# attribute, and state_dict() reads it for every buffer that is not None.
# Stand-in for such a model: one whose modules' __dict__ lack it, made by
# removing it, and saved in torch's legacy (pre-1.6) file format; a second
# process loads the file.
import os
import subprocess
import sys
import tempfile

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
for m in model.modules():            # what a torch <= 1.5 object lacks
    del m.__dict__["_non_persistent_buffers_set"]
try:
    model.state_dict()
except AttributeError as e:
    print("AttributeError:", e)

LOAD = '''
import sys
import torch
model = torch.load(sys.argv[1], weights_only=False)
print("loaded in another process:", all(
    "_non_persistent_buffers_set" in vars(m) for m in model.modules()),
    "| state_dict keys:", len(model.state_dict()))
'''
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "old_model.pt")
    torch.save(model, path, _use_new_zipfile_serialization=False)
    print(subprocess.run([sys.executable, "-c", LOAD, path], check=True,
                         capture_output=True, text=True).stdout, end="")

# The fix for an object that lacks it: give each module an empty set (no
# buffer of a model that old is non-persistent), then keep its state_dict.
for m in model.modules():
    m.__dict__.setdefault("_non_persistent_buffers_set", set())
state = model.state_dict()
print("after the fix:", list(state))
fresh = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
print("into a model built by the same code:", fresh.load_state_dict(state))
