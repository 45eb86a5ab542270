# register_buffer (and register_parameter, add_module) refuse a name that is
# already an attribute of another kind: a plain attribute set earlier, or a
# method or property of the class.
import torch
from torch import nn


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.mask = torch.ones(3)                  # a plain attribute first
        self.register_buffer("mask", torch.ones(3))


class Clash(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("eval", torch.ones(3))  # Module.eval is a method


for cls in (Plain, Clash):
    try:
        cls()
    except KeyError as e:
        print(f"{cls.__name__}: KeyError: {e}")


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mask", torch.ones(3))  # register it first...
        self.mask = torch.zeros(3)                   # ...then assign freely
        self.register_buffer("eval_mask", torch.ones(3))  # a name of its own


fixed = Fixed()
print("Fixed buffers:", [n for n, _ in fixed.named_buffers()],
      "| mask after assignment:", fixed.mask)

# nn.ModuleDict registers each key with add_module, which has the same
# check: a key that names a ModuleDict method ("type", "to", "keys") fails.
try:
    nn.ModuleDict({"type": nn.Linear(2, 2), "color": nn.Linear(2, 2)})
except KeyError as e:
    print("ModuleDict: KeyError:", e)
heads = nn.ModuleDict({"type_": nn.Linear(2, 2), "color": nn.Linear(2, 2)})
print("renamed key:", list(heads), "| plain dict of names:",
      {k.rstrip("_"): type(v).__name__ for k, v in heads.items()})
