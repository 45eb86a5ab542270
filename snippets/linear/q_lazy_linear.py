# nn.LazyLinear: in_features is read from the first input it sees.
import inspect
import re

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3), nn.Flatten(),
                      nn.LazyLinear(out_features=10))
head = model[2]
print("before:", head, "| weight:", head.weight)
try:
    sum(p.numel() for p in model.parameters())
except ValueError as e:
    print("ValueError:", str(e).split(". ")[0])

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # allowed already
try:  # Adagrad's constructor calls torch functions on each parameter
    torch.optim.Adagrad(model.parameters())
except ValueError as e:  # the message names the function that raised
    first = re.sub(r" at 0x[0-9a-f]+", "", str(e).split(". ")[0])
    print("Adagrad before the dry run: ValueError:", first)
source = inspect.getsource(torch.optim.Adagrad.__init__).splitlines()
print("  in Adagrad.__init__:",
      next(line.strip() for line in source if "is_complex" in line))
model(torch.zeros(1, 3, 16, 16))  # the dry run: 8 * 14 * 14 = 1568 inputs
print("after: ", head, "| class:", type(head).__name__,
      "| weight:", tuple(head.weight.shape))
print("the optimizer holds the same tensor:",
      optimizer.param_groups[0]["params"][2] is head.weight)
before = head.weight.detach().clone()
model(torch.zeros(1, 3, 16, 16)).sum().backward()
optimizer.step()
print("and its step moves it:", not torch.equal(before, head.weight))
try:
    model(torch.zeros(1, 3, 32, 32))  # the size is fixed from now on
except RuntimeError as e:
    print("RuntimeError:", e)
