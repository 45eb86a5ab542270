# A plain tensor attribute, then register_buffer under the same name. Torch
# 2.13.0 refuses it; the old release that accepted it kept the name in two
# places, and .to() converted (or moved) only the buffer.
import torch
from torch import nn


class Old(nn.Module):
    def __init__(self):
        super().__init__()
        self.foo = torch.zeros(2)                  # into the instance __dict__
        self.register_buffer("foo", self.foo)      # the same name, as buffer


try:
    Old()
except KeyError as e:
    print(f"{type(e).__name__}: {e}")

# What the old release did, by writing into _buffers directly: the name is
# now in both places, and ordinary lookup finds the __dict__ entry first.
m = nn.Module()
m.foo = torch.zeros(2)
m._buffers["foo"] = m.foo
m.to(torch.float64)                                # like .cuda(): _apply
print("buffer:", m._buffers["foo"].dtype, "| m.foo:", m.foo.dtype,
      "| same tensor:", m.foo is m._buffers["foo"])


# Fix: register the buffer instead of assigning a plain tensor; or delete
# the plain attribute before registering the name.
class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("foo", torch.zeros(2))


class Deleted(nn.Module):
    def __init__(self):
        super().__init__()
        self.foo = torch.zeros(2)
        foo = self.foo
        del self.foo                               # out of __dict__
        self.register_buffer("foo", foo)


for cls in (Registered, Deleted):
    m = cls().to(torch.float64)
    assert "foo" not in vars(m) and m.foo is m._buffers["foo"]
    print(f"{cls.__name__}: m.foo is the buffer, {m.foo.dtype}")
