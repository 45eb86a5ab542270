# Forward hooks as a wrapper: what stays attached, what is copied, what is
# kept alive, and what a checkpoint does not hold.
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
x = torch.ones(1, 2, requires_grad=True)
seen = []


def record(module, args, output):
    seen.append(output)


# 1. Registering twice runs twice: each call adds one more hook.
for _ in range(2):
    model[0].register_forward_hook(record)
model(x)
print("1. hooks on model[0]:", len(model[0]._forward_hooks),
      "| calls:", len(seen))
model[0]._forward_hooks.clear()  # (the handles were not kept)
seen.clear()

# 2. Kept outputs keep their graphs alive, and the list grows per call.
handle = model[0].register_forward_hook(record)
for _ in range(3):
    model(x)
print("2. kept:", len(seen),
      "| first one still has a graph:", seen[0].grad_fn is not None)
handle.remove()
seen.clear()


def keep_last(module, args, output):  # the fix: detached, and only the last
    seen[:] = [output.detach()]


handle = model[0].register_forward_hook(keep_last)
for _ in range(3):
    model(x)
print("   detached, last only:", len(seen), "| graph:", seen[0].grad_fn)
handle.remove()
seen.clear()

# 3. deepcopy copies the hook table: the copy runs the same function.
handle = model[0].register_forward_hook(record)
clone = copy.deepcopy(model)
clone(x)
print("3. the copy's call appended to the original's list:", len(seen))
handle.remove()
print("   removing the handle leaves the copy's hook:",
      len(clone[0]._forward_hooks))

# 4. A checkpoint holds no hooks: a model rebuilt from it has none.
model[0].register_forward_hook(record)
rebuilt = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
rebuilt.load_state_dict(model.state_dict())
print("4. hooks after loading the checkpoint:", len(rebuilt[0]._forward_hooks))
