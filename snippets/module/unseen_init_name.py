# An __init__ spelt with single underscores is an ordinary method that
# nothing calls: Module.__init__ runs instead and registers nothing.
import torch
from torch import nn


class CNNModel(nn.Module):
    def _init_(self):                    # one underscore on each side
        super()._init_()
        self.cnn = nn.Conv1d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 5, 4)

    def forward(self, x):
        return self.fc(self.cnn(x).flatten(1))


m = CNNModel()                           # no error: Module.__init__ ran
print("parameters() is a", type(m.parameters()).__name__,
      "| it yields", len(list(m.parameters())), "tensors")
print("has cnn:", hasattr(m, "cnn"),
      "| own __init__:", "__init__" in vars(CNNModel),
      "| _init_ defined:", "_init_" in vars(CNNModel))
try:
    torch.optim.SGD(m.parameters(), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
try:
    m(torch.ones(2, 8, 5))
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")


class Fixed(CNNModel):
    def __init__(self):                  # two underscores on each side
        super().__init__()
        self.cnn = nn.Conv1d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 5, 4)


f = Fixed()
print("fixed:", [n for n, _ in f.named_parameters()],
      "| output", tuple(f(torch.ones(2, 8, 5)).shape))
optimizer = torch.optim.SGD(f.parameters(), lr=0.1)
