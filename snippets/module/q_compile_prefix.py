# torch.compile(model) returns an OptimizedModule that registers your model
# as its child `_orig_mod`: its state_dict keys start with "_orig_mod.".
from pathlib import Path

import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

# The line that does it, read from the installed torch's source file.
source = Path(torch.__file__).parent / "_dynamo" / "eval_frame.py"
for line in source.read_text(encoding="utf-8").splitlines():
    if line.strip().startswith(("class OptimizedModule", "self._orig_mod =")):
        print(line.rstrip())


def make():
    return nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))


torch.manual_seed(0)
model = make()
compiled = torch.compile(model)  # never called here
print(type(compiled).__name__, "| _orig_mod is model:",
      compiled._orig_mod is model)
checkpoint = compiled.state_dict()  # what torch.save(...) would write
print("checkpoint keys:", list(checkpoint)[:2])

fresh = make()
try:
    fresh.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[1].strip())

consume_prefix_in_state_dict_if_present(checkpoint, "_orig_mod.")
print("after removing the prefix:", fresh.load_state_dict(checkpoint))

# model.compile() compiles in place: the class and the keys stay.
in_place = make()
in_place.compile()
print("after in_place.compile():", type(in_place).__name__,
      list(in_place.state_dict())[:2])
