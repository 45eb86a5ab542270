# nn.Parameter(t).cuda() in __init__: a call that makes a new tensor from a
# Parameter returns a plain Tensor, so the attribute is no parameter.
# .double() and .to("meta") stand for .cuda() here, which needs a GPU.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 1)
        self.scale = nn.Parameter(torch.rand(3)).double()  # .cuda() alike


torch.manual_seed(0)
net = Net()
print("scale is a", type(net.scale).__name__,
      "| is_leaf:", net.scale.is_leaf)
print("parameters:", [name for name, _ in net.named_parameters()])
weight = nn.Parameter(torch.rand(3))
for text, result in (("weight.double()", weight.double()),
                     ('weight.to("meta")', weight.to("meta")),
                     ("weight * 2", weight * 2)):
    print(f"{text} gives a {type(result).__name__}")
# a call with nothing to convert returns the Parameter itself
same_dtype = weight.to(torch.float32)
print("weight.to(torch.float32) gives a", type(same_dtype).__name__,
      "| the same object:", same_dtype is weight)


class Fixed(nn.Module):
    def __init__(self, device=None):
        super().__init__()
        self.linear = nn.Linear(3, 1, device=device)
        # make the tensor where it will live, then wrap it
        self.scale = nn.Parameter(torch.rand(3, device=device))

    def forward(self, x):
        return self.linear(x * self.scale)


model = Fixed()
names = [name for name, _ in model.named_parameters()]
print("Fixed's parameters:", names)
assert "scale" in names

# model.double() (as model.cuda()) after the optimizer is built
before = {name: id(p) for name, p in model.named_parameters()}
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model.double()
same = all(id(p) == before[name] for name, p in model.named_parameters())
print("same Parameter objects after model.double():", same)
model(torch.ones(1, 3, dtype=torch.float64)).sum().backward()
old = model.linear.weight.detach().clone()
optimizer.step()
print("the optimizer built before updates the model:",
      not torch.equal(old, model.linear.weight), model.linear.weight.dtype)
