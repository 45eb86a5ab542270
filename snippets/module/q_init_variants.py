# Module.__init__ creates the stores (_parameters, _modules, ...). Code that
# never runs it fails at the first assignment of a module, or, with only
# plain attributes assigned, at the first use of the stores.
import torch
from torch import nn


class PlainOnly(nn.Module):
    def __init__(self):               # no super().__init__()
        self.scale = 2.0


class Mixin:
    def __init__(self):               # does not call super().__init__()
        self.name = "mixin"


class Net(Mixin, nn.Module):
    def __init__(self):
        super().__init__()            # runs Mixin.__init__ only
        self.fc = nn.Linear(2, 1)


for make in (lambda: list(PlainOnly().parameters()), Net):
    try:
        make()
    except AttributeError as e:
        print("AttributeError:", e)
print("MRO of Net:", [c.__name__ for c in Net.__mro__])


# Fixes: a cooperative mixin (super().__init__() in every __init__), or,
# for a mixin you cannot change, each base's __init__ called explicitly.
class CooperativeMixin:
    def __init__(self):
        super().__init__()
        self.name = "mixin"


class Fixed(CooperativeMixin, nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)


class Explicit(Mixin, nn.Module):
    def __init__(self):
        nn.Module.__init__(self)
        Mixin.__init__(self)
        self.fc = nn.Linear(2, 1)


for cls in (Fixed, Explicit):
    model = cls()
    print(f"{cls.__name__}:", [n for n, _ in model.named_parameters()],
          model.name)
