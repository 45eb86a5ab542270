# "missing the required forward function": Module.forward is a placeholder
# that raises; a class whose own forward is misspelt, or defined inside
# __init__ by a wrong indentation, never replaces it.
import torch
from torch import nn


class Misspelt(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def foward(self, x):                     # one letter short
        return self.fc(x)


class Indented(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

        def forward(self, x):                # inside __init__: a local name
            return self.fc(x)


for cls in (Misspelt, Indented):
    try:
        cls()(torch.ones(1, 2))
    except NotImplementedError as e:
        print(f"{cls.__name__}: NotImplementedError: {e}")
    print("   its forward is Module.forward:",
          cls.forward is nn.Module.forward)


class Fixed(Misspelt):
    def forward(self, x):
        return self.fc(x)


print("Fixed:", Fixed()(torch.ones(1, 2)).shape)
assert Fixed.forward is not nn.Module.forward
