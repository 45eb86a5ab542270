# A key that is a valid key plus more ("0.weight.bad_key"): torch 2.13
# reports it as unexpected, because a dotted rest must name a child module.
import inspect

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2))
checkpoint = net.state_dict()
checkpoint["0.weight.bad_key"] = torch.zeros(1)
try:
    net.load_state_dict(checkpoint)
except RuntimeError as e:
    print("RuntimeError:", str(e).replace("\t", "    "))
print("strict=False:", net.load_state_dict(checkpoint, strict=False))

# The check, in Module._load_from_state_dict of the installed torch:
lines, first = inspect.getsourcelines(nn.Module._load_from_state_dict)
start = next(i for i, line in enumerate(lines) if "if strict:" in line
             and "for key in state_dict" in lines[i + 1])
for number, line in enumerate(lines[start:start + 10], first + start):
    print(f"{number}: {line.rstrip()}")
