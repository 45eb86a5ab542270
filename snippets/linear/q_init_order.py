# An init function that never touches nn.Linear still changes results when
# it moves past the Linear's constructor: both draw from one random stream.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, init_first):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        if init_first:
            self._initialize_weights()  # before the Linear is built
        self.fc = nn.Linear(4, 2)
        if not init_first:
            self._initialize_weights()  # after it

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
                nn.init.zeros_(m.bias)


torch.manual_seed(0)
a = Net(init_first=True)
torch.manual_seed(0)
b = Net(init_first=False)
print("same conv weights:", torch.equal(a.conv.weight, b.conv.weight))
print("same fc weights:  ", torch.equal(a.fc.weight, b.fc.weight))


class Fixed(nn.Module):
    """Build every layer, then initialise once, Linear included."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4, 2)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)


torch.manual_seed(0)
c = Fixed()
torch.manual_seed(0)
d = Fixed()
print("Fixed, built twice: same weights:",
      all(torch.equal(p, q) for p, q in zip(c.parameters(), d.parameters())))
print("fc bias:", c.fc.bias.tolist())
