# The generated binding at work: PythonArgParser's checks and the
# __torch_function__ hook.
# --8<-- [start:parser]
import torch
import torch.nn.functional as F

x, w = torch.ones(2, 3), torch.ones(4, 3)
calls = {"F.linear(x)": lambda: F.linear(x),
         "F.linear(x, w, bias=3)": lambda: F.linear(x, w, bias=3),
         "F.linear(x, w, biass=None)": lambda: F.linear(x, w, biass=None)}
for shown, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(f"{shown}\n  TypeError: {e}")
print("out= overload:", F.linear(x, w, out=torch.empty(2, 4)).shape)
# --8<-- [end:parser]

# --8<-- [start:torch-function]
class Logged:
    """Not a tensor: only __torch_function__ makes the parser accept it."""

    def __init__(self, t):
        self.t = t

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        print(f"__torch_function__ got {func.__module__}.{func.__name__},",
              "is F.linear:", func is F.linear)
        args = [a.t if isinstance(a, Logged) else a for a in args]
        return func(*args, **(kwargs or {}))


print("result shape:", F.linear(Logged(x), w).shape)
# --8<-- [end:torch-function]
