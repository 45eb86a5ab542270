# Reading a misspelt name raises AttributeError from Module.__getattr__;
# assigning one raises nothing, because assignment must be able to add names.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)


net = Net()
try:
    net.cdua()
except AttributeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(f"AttributeError: {e}")
    print("raised in:", tb.tb_frame.f_code.co_qualname)
print("getattr with a default:", getattr(net, "cdua", None))

net.fc.wieght = torch.zeros(2, 2)  # misspelt: a new plain attribute
print("new attribute:", "wieght" in vars(net.fc),
      "| weight untouched:", bool(net.fc.weight.abs().sum() > 0))


class Strict(nn.Module):
    """Refuses to add attributes once __init__ has finished."""

    def __setattr__(self, name, value):
        if self.__dict__.get("_sealed") and not hasattr(self, name):
            raise AttributeError(
                f"{type(self).__name__} has no attribute {name!r} to assign")
        super().__setattr__(name, value)


class SealedNet(Strict):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self._sealed = True


sealed = SealedNet()
sealed.fc = nn.Linear(2, 2)  # an existing name: allowed
try:
    sealed.fcc = nn.Linear(2, 2)
except AttributeError as e:
    print("AttributeError:", e)
print("train/eval still work:", sealed.eval().training is False)
