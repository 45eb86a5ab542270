# torch.nn.utils.weight_norm (old) and
# torch.nn.utils.parametrizations.weight_norm (new): warnings, state_dict
# keys, and copy.deepcopy.
import copy
import textwrap
import warnings

import torch
from torch import nn
from torch.nn.utils import parametrizations, parametrize

torch.manual_seed(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.utils.weight_norm(nn.Linear(2, 2))
for w in caught:
    print(textwrap.fill(f"{w.category.__name__}: {w.message}", 79))
print("old keys:", list(old.state_dict()))
print("old: 'weight' in vars(old):", "weight" in vars(old),
      "| a leaf:", old.weight.is_leaf, "| forward pre-hooks:",
      [type(hook).__name__ for hook in old._forward_pre_hooks.values()])
kept = old.weight
with torch.no_grad():
    old.weight_g.mul_(2)
old(torch.ones(1, 2))  # the pre-hook recomputes weight from weight_g, _v
print("old: the call set a new weight:", old.weight is not kept,
      "| twice the old one:", torch.allclose(old.weight, 2 * kept))
try:
    copy.deepcopy(old)
except RuntimeError as e:  # the whole message, wrapped to fit
    print(textwrap.fill(f"deepcopy(old) -> RuntimeError: {e}", 79))

new = parametrizations.weight_norm(nn.Linear(2, 2))
print("new keys:", *new.state_dict(), sep="\n  ")
print("new loads an old checkpoint:", new.load_state_dict(old.state_dict()))
print("same weight:", torch.allclose(new.weight, old.weight))
print("deepcopy(new) works:", type(copy.deepcopy(new)).__name__)

# To bake the weight in (the old remove_weight_norm):
parametrize.remove_parametrizations(new, "weight")
print("after remove_parametrizations:", list(new.state_dict()))
