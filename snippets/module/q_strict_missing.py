# strict=False ignores missing keys as well as unexpected ones. To tolerate
# only the unexpected ones, keep the keys the model has and load strictly.
import torch
from torch import nn

torch.manual_seed(0)
pretrained = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
checkpoint = pretrained.state_dict()
checkpoint["aux.weight"] = torch.zeros(1)  # extra: fine to ignore
del checkpoint["2.bias"]                    # missing: must not be ignored

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print("strict=False accepts both:",
      model.load_state_dict(checkpoint, strict=False))

# Fix 1: drop what the model does not have, then load strictly.
own = model.state_dict()
kept = {k: v for k, v in checkpoint.items() if k in own}
print("left out:", sorted(checkpoint.keys() - kept.keys()))
try:
    model.load_state_dict(kept)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))

# Fix 2: load with strict=False and check the result yourself.
result = model.load_state_dict(checkpoint, strict=False)
if result.missing_keys:
    print("refused: missing", result.missing_keys,
          "| ignored:", result.unexpected_keys)

# With every key the model needs, both ways load without complaint.
checkpoint["2.bias"] = pretrained[2].bias.detach()
print("complete checkpoint:",
      model.load_state_dict({k: v for k, v in checkpoint.items() if k in own}))
