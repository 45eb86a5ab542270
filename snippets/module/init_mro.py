# super() in Module.__init__ means "the next class in the MRO": a mixin
# listed after nn.Module sees __init__'s writes, and with call_super_init
# it is initialised too.
from torch import nn


class Recorder:  # a mixin: records attribute writes, takes a keyword
    def __init__(self, *args, tag=None, **kwargs):
        inits.append(tag)
        super().__init__(*args, **kwargs)

    def __setattr__(self, name, value):
        seen.append(name)
        object.__setattr__(self, name, value)


class Net(nn.Module, Recorder):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.fc = nn.Linear(1, 1)  # Module.__setattr__ files it itself


print("MRO:", [cls.__name__ for cls in Net.__mro__])
seen, inits = [], []
Net()
print(f"Net(): Recorder.__setattr__ saw {len(seen)} names, "
      f"{seen[0]!r} ... {seen[-1]!r}; 'fc' among them: {'fc' in seen}")
print("  Recorder.__init__ ran:", bool(inits))
try:
    Net(tag="net")
except TypeError as e:
    print("Net(tag='net') -> TypeError:", e)


class CooperativeNet(Net):
    call_super_init = True  # Module.__init__ ends in super().__init__(...)


CooperativeNet(tag="net")
print("CooperativeNet(tag='net'): Recorder.__init__ ran with tag =",
      repr(inits[-1]))
