# nn.Sequential passes one value from layer to layer: a module whose forward
# takes two inputs cannot be one of its layers as it is.
import torch
from torch import nn


class Add(nn.Module):
    def forward(self, x, y):
        return x + y


x, y = torch.ones(1, 2), torch.ones(1, 2)
try:
    nn.Sequential(Add(), nn.ReLU())(x, y)
except TypeError as e:
    print("Sequential(x, y): TypeError:", e)
try:
    nn.Sequential(nn.ReLU(), Add())(x)
except TypeError as e:
    print("two-input layer inside: TypeError:", e)


# Fix 1: write the forward yourself, passing what each layer needs.
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.add, self.act = Add(), nn.ReLU()

    def forward(self, x, y):
        return self.act(self.add(x, y))


print("own forward:", Net()(x, y))


# Fix 2: pass one tuple, and unpack it in the layer that takes it.
class AddPair(nn.Module):
    def forward(self, pair):
        x, y = pair
        return x + y


print("one tuple:", nn.Sequential(AddPair(), nn.ReLU())((x, y)))
