# torch.compile(model) returns an OptimizedModule that registers your model
# as its child `_orig_mod`: its state_dict keys start with "_orig_mod.".
from pathlib import Path

import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

# The line that does it, read from the installed torch's source file
# (importing the compiler itself takes seconds, so this reads the text).
source = Path(torch.__file__).parent / "_dynamo" / "eval_frame.py"
for line in source.read_text(encoding="utf-8").splitlines():
    if line.strip().startswith(("class OptimizedModule", "self._orig_mod =")):
        print(line.rstrip())

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
# What torch.save(torch.compile(model).state_dict(), ...) writes:
checkpoint = {"_orig_mod." + k: v for k, v in model.state_dict().items()}
print("checkpoint keys:", list(checkpoint)[:2])

fresh = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
try:
    fresh.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[1].strip())

consume_prefix_in_state_dict_if_present(checkpoint, "_orig_mod.")
print("after removing the prefix:", fresh.load_state_dict(checkpoint))
