# A checkpoint that names a parameter differently from the model (LayerNorm's
# gamma and beta in older code, weight and bias in nn.LayerNorm): the keys
# are missing and unexpected. Rename them before loading.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4))
old = {"0.weight": torch.randn(4, 4), "0.bias": torch.zeros(4),
       "1.gamma": torch.full((4,), 2.0), "1.beta": torch.ones(4)}
result = model.load_state_dict(old, strict=False)
print("as saved:", result)

RENAMES = {"gamma": "weight", "beta": "bias"}


def renamed(state):
    out = {}
    for key, value in state.items():
        head, _, last = key.rpartition(".")
        out[f"{head}.{RENAMES.get(last, last)}".lstrip(".")] = value
    return out


print("renamed:", model.load_state_dict(renamed(old)))
assert torch.equal(model[1].weight, old["1.gamma"])


# For every load of such files: a pre-hook on the LayerNorm renames its own
# keys (under its prefix) before the copy.
def rename_old_keys(module, state_dict, prefix, *args):
    for old_name, new_name in RENAMES.items():
        if prefix + old_name in state_dict:
            state_dict[prefix + new_name] = state_dict.pop(prefix + old_name)


fresh = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4))
fresh[1].register_load_state_dict_pre_hook(rename_old_keys)
print("with the pre-hook:", fresh.load_state_dict(dict(old)))
