# torch.compile(model) returns an OptimizedModule. Its load_state_dict is
# nn.Module's, not your class's: it walks the wrapper and its child
# `_orig_mod`, so the keys it expects start with "_orig_mod.".
import torch
from torch import nn


class Scaled(nn.Module):
    """Saves and loads its weight under its own names."""

    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 5)

    def state_dict(self, *args, **kwargs):
        return {"w": self.linear.weight.detach().clone(),
                "b": self.linear.bias.detach().clone()}

    def load_state_dict(self, state_dict, strict=True, assign=False):
        renamed = {"weight": state_dict["w"], "bias": state_dict["b"]}
        return self.linear.load_state_dict(renamed, strict, assign)


torch.manual_seed(0)
checkpoint = Scaled().state_dict()             # keys: w, b

model = Scaled()
compiled = torch.compile(model, backend="eager")   # never called here
print("found on the class:", type(compiled).load_state_dict
      is nn.Module.load_state_dict)
try:
    compiled.load_state_dict(checkpoint)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[1].strip()}")
print("compiled.state_dict():", list(compiled.state_dict()))

# The fix: call your class's method on the module itself.
print("_orig_mod is model:", compiled._orig_mod is model, "| load:",
      compiled._orig_mod.load_state_dict(checkpoint))
assert torch.equal(model.linear.weight, checkpoint["w"])
print("compiled sees it:", torch.equal(compiled.linear.weight,
                                       checkpoint["w"]))

# Or compile in place: model.compile() keeps the class, and its methods.
in_place = Scaled()
in_place.compile(backend="eager")
print(type(in_place).__name__, in_place.load_state_dict(checkpoint))
