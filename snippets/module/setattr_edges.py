# Where the priority list is not symmetric: a buffer over an ordinary
# attribute, a buffer's persistence, and a name the class defines as a
# property.
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

m.register_buffer("cache", torch.zeros(1), persistent=False)
m.cache = torch.ones(1)  # any other value keeps the name's persistence
print("m.cache = torch.ones(1) -> in state_dict:", "cache" in m.state_dict())
m.cache = nn.Buffer(t)  # an nn.Buffer brings its own: True by default
print("m.cache = nn.Buffer(t)  -> in state_dict:", "cache" in m.state_dict())
try:  # a buffer's name takes a tensor, a tensor-like or None
    m.cache = 3
except TypeError as e:
    print("m.cache = 3 -> TypeError:", e)


class TensorLike:  # not a Tensor, but it has __torch_function__
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return NotImplemented


m.cache = TensorLike()
print("m.cache = TensorLike() -> in _buffers:",
      type(m._buffers["cache"]).__name__)


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
