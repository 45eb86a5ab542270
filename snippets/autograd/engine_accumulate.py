# backward() adds into .grad; it never overwrites it.
import torch
from torch import nn

x = torch.tensor([1.0, 2.0], requires_grad=True)
for step in range(3):
    (x * x).sum().backward()       # d/dx = 2x = [2, 4] each time
    print(f"after backward {step + 1}: x.grad = {x.grad.tolist()}")

x.grad = None                      # what zero_grad() does by default
(x * x).sum().backward()
print("after x.grad = None and one backward:", x.grad.tolist())

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
opt.zero_grad()
print("after opt.zero_grad():", [p.grad for p in model.parameters()])
