# Names that add_module, register_buffer and register_parameter refuse, which
# ModuleDict, ParameterDict and ModuleList pass on: a name with a dot (the
# separator of state_dict keys), an empty name, a key that is not a string.
import torch
from torch import nn

base = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
attempts = {
    "ModuleDict({'head.fc': ...})": lambda: nn.ModuleDict(
        {"head.fc": nn.Linear(2, 1)}),
    "ParameterDict keyed by named_parameters()": lambda: nn.ParameterDict(
        {name: nn.Parameter(p.detach().clone())
         for name, p in base.named_parameters()}),
    "register_buffer('stats.mean', ...)": lambda: nn.Module().register_buffer(
        "stats.mean", torch.zeros(2)),
    "ModuleDict with int keys": lambda: nn.ModuleDict({1: nn.Linear(2, 2)}),
    "ParameterDict with int keys": lambda: nn.ParameterDict(
        {1: nn.Parameter(torch.ones(2))}),
    "ModuleDict with an empty key": lambda: nn.ModuleDict({"": nn.ReLU()}),
}
for what, attempt in attempts.items():
    try:
        attempt()
    except (KeyError, TypeError) as e:
        print(f"{what}: {type(e).__name__}: {e}")

# The fixes: a name without dots (here each dot replaced by "-", and back
# again to read it), str() of a number, or one level of nesting per part.
params = nn.ParameterDict({
    name.replace(".", "-"): nn.Parameter(p.detach().clone())
    for name, p in base.named_parameters()})
print("dots replaced:", list(params.keys()))
print("and back:", [key.replace("-", ".") for key in params.keys()])
heads = nn.ModuleDict({str(i): nn.Linear(2, 2) for i in (1, 2)})
print("str keys:", list(heads.keys()))
nested = nn.ModuleDict({"head": nn.ModuleDict({"fc": nn.Linear(2, 1)})})
print("nested, state_dict keys:", list(nested.state_dict()))
