# One assignment per kind of value, then where each ended up and who sees it.
# --8<-- [start:setup]
import torch
from torch import nn

m = nn.Module()
# --8<-- [end:setup]

# --8<-- [start:parameter]
m.weight = nn.Parameter(torch.ones(2))
# --8<-- [end:parameter]

# --8<-- [start:module]
m.child = nn.Linear(2, 2)
# --8<-- [end:module]

# --8<-- [start:buffer]
m.register_buffer("running_mean", torch.zeros(2))
m.register_buffer("cache", torch.zeros(2), persistent=False)
# --8<-- [end:buffer]

# --8<-- [start:nn_buffer]
m.scale = nn.Buffer(torch.ones(2))
# --8<-- [end:nn_buffer]

# --8<-- [start:plain]
m.offset = torch.ones(2)
# --8<-- [end:plain]

# --8<-- [start:table]
def lands_in(name):
    for store in ("_parameters", "_buffers", "_modules"):
        if name in m.__dict__[store]:
            return store
    return "__dict__" if name in vars(m) else "nowhere"


def seen_by(name, names):  # name itself, or anything under it (child.weight)
    seen = any(n == name or n.startswith(name + ".") for n in names)
    return "yes" if seen else "no"


params, state = [n for n, _ in m.named_parameters()], list(m.state_dict())
m.double()  # like .to(torch.float64): converts floating-point tensors
print("| `m.<name>` | lands in | `parameters()` | `state_dict()` "
      "| dtype after `m.double()` |")
print("|---|---|---|---|---|")
for name in ("weight", "child", "running_mean", "cache", "scale", "offset"):
    value = getattr(m, name)
    dtype = (value.weight if isinstance(value, nn.Module) else value).dtype
    print(f"| `{name}` | `{lands_in(name)}` | {seen_by(name, params)} | "
          f"{seen_by(name, state)} | `{str(dtype).removeprefix('torch.')}` |")
# --8<-- [end:table]
