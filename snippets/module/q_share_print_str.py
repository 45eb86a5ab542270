# print(obj) calls str(obj), which is type(obj).__str__; nn.Module defines only
# __repr__, so str falls back to object.__str__, which calls repr. A class
# that defines its own __str__ replaces what print shows: per-layer lines
# added through extra_repr (as a FLOPs counter does) are still in repr(model).
# Inside the parent's __repr__, each child is printed with repr(child).
from torch import nn

print("nn.Module defines __repr__:", "__repr__" in vars(nn.Module),
      " __str__:", "__str__" in vars(nn.Module))


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def __str__(self):  # a child with its own __str__
        return "Block (custom __str__)"


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = Block()
        self.out = nn.Linear(4, 2)

    def __str__(self):
        return "Net: 2 layers (custom __str__)"


net = Net()
# what a statistics tool does: add a line to each module's extra_repr
for name, m in net.named_modules():
    m.extra_repr = (lambda old: lambda: ", ".join(
        filter(None, [old(), "42 FLOPs"])))(m.extra_repr)

print("--- print(net)")
print(net)
print("--- print(repr(net))")
print(repr(net))
assert str(net) != repr(net) and "(block): Block(" in repr(net)
print("--- str(net.block) and repr(net.block)")
print(str(net.block))
print(repr(net.block))
