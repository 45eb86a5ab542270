# Where the priority list is not symmetric: a buffer over an ordinary
# attribute, and a name the class defines as a property.
import torch
from torch import nn

t, m = torch.ones(1), nn.Module()
for name, label, value in (("w", "nn.Parameter(t)", nn.Parameter(t)),
                           ("sub", "nn.Linear(1, 1)", nn.Linear(1, 1)),
                           ("buf", "nn.Buffer(t)", nn.Buffer(t))):
    setattr(m, name, 3)  # first an ordinary attribute, in __dict__
    label = f"m.{name} = 3; m.{name} = {label}"
    try:
        setattr(m, name, value)
        print(f"{label:34} -> ok, left __dict__: {name not in vars(m)}")
    except KeyError as e:
        print(f"{label:34} -> KeyError: {e}")


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 2.0  # runs the property's setter

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, value):
        print("  setter called with", value)
        object.__setattr__(self, "_scale", value)


s = Scaled()
print("'scale' in vars(s):", "scale" in vars(s), "| s.scale:", s.scale)
try:
    s.scale = nn.Parameter(torch.ones(1))
except KeyError as e:
    print("s.scale = Parameter -> KeyError:", e)
