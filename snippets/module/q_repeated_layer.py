# [layer] * 3 is a list holding one layer three times: ModuleList registers
# it under three names, but it is one module with one set of weights.
import torch
from torch import nn

torch.manual_seed(0)
repeated = nn.ModuleList([nn.Linear(4, 4)] * 3)
print("repeated: same object:", repeated[0] is repeated[2],
      "| parameters:", sum(p.numel() for p in repeated.parameters()),
      "| state_dict keys:", len(repeated.state_dict()))

# The fix: build a new layer for each place.
separate = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
print("separate: same object:", separate[0] is separate[2],
      "| parameters:", sum(p.numel() for p in separate.parameters()),
      "| state_dict keys:", len(separate.state_dict()))
assert len({id(m) for m in separate}) == 3
