# A TorchFunctionMode sees F.relu but not the torch.relu that F.relu calls:
# the mode is off while its own handler runs, and F.relu's body runs inside
# the handler's func(...). Two ways to reach the inner calls.
import torch
import torch.nn.functional as F
from torch.overrides import TorchFunctionMode, resolve_name
from torch.utils._python_dispatch import TorchDispatchMode


class Log(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.seen = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.seen.append(resolve_name(func) or func.__name__)
        return func(*args, **(kwargs or {}))


x = torch.tensor([-1.0, 0.0, 1.0])
with Log() as log:
    F.relu(x)
print("the mode sees:", log.seen)

# "with self:" around func(...): F.relu checks again, finds the mode, and
# hands the handler F.relu again, without end (stopped here after 50 calls)
class Reenter(Log):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        self.seen.append(resolve_name(func))
        if len(self.seen) == 50:
            raise RuntimeError("stopped")
        with self:
            return func(*args, **(kwargs or {}))


try:
    with Reenter() as log:
        F.relu(x)
except RuntimeError:
    print("with self: around func(...):", len(log.seen), "calls, all of",
          set(log.seen))


# 1. To see or change the torch-namespace call: run it yourself, with the mode
# back on, in place of the function that makes it
class Inner(Log):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        self.seen.append(resolve_name(func) or func.__name__)
        if func is F.relu and not kwargs.get("inplace", False):
            with self:                   # the mode is active again here
                return torch.relu(args[0])
        return func(*args, **kwargs)


with Inner() as log:
    out = F.relu(x)
print("handling F.relu as torch.relu:", log.seen)
assert torch.equal(out, F.relu(x))


# 2. To see every op whatever Python function called it: a TorchDispatchMode,
# which sees the ATen operators below every Python function
class Ops(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.seen = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.seen.append(str(func))
        return func(*args, **(kwargs or {}))


with Ops() as ops:
    F.relu(x)
print("a TorchDispatchMode sees:", ops.seen)

q = torch.ones(5, 2, 8)
attention = torch.nn.MultiheadAttention(8, 2)
with Log() as log, Ops() as ops:
    attention(q, q, q)
print("MultiheadAttention: the function mode sees", sorted(set(log.seen)))
print("  the dispatch mode sees", len(ops.seen), "ATen calls, first",
      ops.seen[:4])
