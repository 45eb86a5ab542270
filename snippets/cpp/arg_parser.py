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
try:  # arguments the parser accepts, refused by a TORCH_CHECK in ATen
    F.linear(torch.tensor(1.0), w)
except RuntimeError as e:
    print("F.linear(torch.tensor(1.0), w)\n  RuntimeError:", e)
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

from torch.overrides import has_torch_function


class Plain(torch.Tensor):
    """A Tensor subclass that overrides nothing."""


sub = x.as_subclass(Plain)
print("Plain overrides __torch_function__:",
      "__torch_function__" in vars(Plain),
      "| has_torch_function:", has_torch_function((sub, w)),
      "| F.linear returns a", type(F.linear(sub, w)).__name__)
p = torch.nn.Parameter(w)  # a subclass that switches the hand-back off
print("Parameter's __torch_function__ is the disabled one:",
      torch.nn.Parameter.__torch_function__
      is torch._C._disabled_torch_function_impl,
      "| has_torch_function:", has_torch_function((x, p)))
# --8<-- [end:torch-function]

# --8<-- [start:mode]
from torch.overrides import TorchFunctionMode


class LoggedCalls(TorchFunctionMode):
    """With this mode on, every call is handed to it, plain tensors too."""

    def __torch_function__(self, func, types, args=(), kwargs=None):
        print(f"mode got {func.__module__}.{func.__name__}")
        return func(*args, **(kwargs or {}))


print("plain tensors, no mode: has_torch_function:",
      has_torch_function((x, w)))
with LoggedCalls():
    print("plain tensors, mode on: has_torch_function:",
          has_torch_function((x, w)))
    F.linear(x, w)
# --8<-- [end:mode]

# --8<-- [start:gil]
import sys
import threading

big = torch.ones(2000, 2000)


def main_thread_runs_during(work):
    """Run work in a second thread: can this one run before it ends?"""
    started, finished = threading.Event(), threading.Event()

    def worker():
        started.set()
        work()
        finished.set()

    # a 1000 s switch interval: no forced switch before then, so this thread
    # runs only when the worker releases the GIL (to wait, to sleep, or in C
    # code that lets go of it)
    usual = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    ran_during = not finished.is_set()
    thread.join()
    sys.setswitchinterval(usual)
    return ran_during


print("this thread ran during F.linear(big, big):",
      main_thread_runs_during(lambda: F.linear(big, big)))
print("this thread ran during sum(range(10**7)):",
      main_thread_runs_during(lambda: sum(range(10**7))))
# --8<-- [end:gil]
