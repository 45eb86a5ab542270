# state_dict() out, load_state_dict() back in: what matches, and what a
# mismatch looks like.
# --8<-- [start:roundtrip]
import torch
from torch import nn


def make():
    return nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))


torch.manual_seed(0)
source, target = make(), make()
state = source.state_dict()
print("keys:", list(state))
print("values are detached:",
      all(not v.requires_grad for v in state.values()),
      "| share memory with the module:",
      state["0.weight"].data_ptr() == source[0].weight.data_ptr())
kept = target[0].weight
print("load_state_dict ->", target.load_state_dict(state))
print("weights equal now:", torch.equal(source[0].weight, target[0].weight),
      "| same Parameter as before:", target[0].weight is kept,
      "| shares the source's memory:",
      target[0].weight.data_ptr() == source[0].weight.data_ptr())
# --8<-- [end:roundtrip]

# --8<-- [start:mismatch]
broken = dict(state)
del broken["0.bias"]  # a missing key
broken["0.scale"] = torch.ones(2)  # an unexpected key
try:
    target.load_state_dict(broken)
except RuntimeError as e:
    print("strict (the default) -> RuntimeError:",
          str(e).replace("\t", "    "))
print("strict=False ->", target.load_state_dict(broken, strict=False))
# --8<-- [end:mismatch]

# --8<-- [start:shape]
state["0.weight"] = torch.zeros(3, 2)
try:
    target.load_state_dict(state, strict=False)
except RuntimeError as e:
    print("wrong shape, strict=False -> RuntimeError:",
          str(e).replace("\t", "    "))
# --8<-- [end:shape]

# --8<-- [start:assign]
source, target = make(), make()
kept = target[0].weight
target.load_state_dict(source.state_dict(), assign=True)
print("assign=True: same Parameter as before:", target[0].weight is kept,
      "| shares the source's memory:",
      target[0].weight.data_ptr() == source[0].weight.data_ptr(),
      "| a Parameter:", isinstance(target[0].weight, nn.Parameter))
# --8<-- [end:assign]
