# Tensor type names of torch 0.3: torch._TensorBase, torch.FloatTensor.
import torch

x = torch.ones(2)
try:
    isinstance(x, torch._TensorBase)         # 0.3 code
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
assert isinstance(x, torch.Tensor)           # every tensor, since 0.4
assert x.dtype == torch.float32              # the type's other half
print("isinstance(x, torch.FloatTensor):", isinstance(x, torch.FloatTensor))
print("torch.FloatTensor's classes:",
      [c.__name__ for c in torch.FloatTensor.__mro__])

try:
    class MyFloatTensor(torch.FloatTensor):  # a type name, not a class
        pass
except TypeError as e:
    print(f"{type(e).__name__}: {e}")


class Init(torch.Tensor):                    # extra argument in __init__
    def __init__(self, data, unit):
        self.unit = unit


try:
    Init([1.0, 2.0], "m")
except TypeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")


class Measured(torch.Tensor):                # the fix: take it in __new__
    @staticmethod
    def __new__(cls, data, unit):
        t = torch.as_tensor(data, dtype=torch.float32).as_subclass(cls)
        t.unit = unit
        return t


m = Measured([1.0, 2.0], "m")
assert type(m) is Measured and m.unit == "m"
print(type(m).__name__, m.unit, m.tolist())

# torch 1.7: t.new([1, 2]) on an as_subclass tensor came back empty.
n = torch.tensor([1.0]).as_subclass(Measured).new([1, 2])
assert n.tolist() == [1.0, 2.0]
print("new on a subclass:", type(n).__name__, n.tolist())
