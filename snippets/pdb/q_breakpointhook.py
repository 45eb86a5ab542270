# terminal: a notebook kernel sets sys.breakpointhook to its own debugger
import os
import sys

import torch


def show_frame(*args, **kwargs):
    """A stand-in debugger: report where breakpoint() was called."""
    caller = sys._getframe(1)
    names = sorted(k for k in caller.f_locals if not k.startswith("__"))
    print(f"show_frame{args}{kwargs} called from {caller.f_code.co_name}()"
          f" line {caller.f_lineno}, locals {names}")


def step(x):
    y = x * 2
    breakpoint(tag="after y")
    return y


print("sys.breakpointhook is", sys.breakpointhook.__name__)
os.environ["PYTHONBREAKPOINT"] = "__main__.show_frame"
step(torch.ones(2))  # read at every call: no restart needed
os.environ["PYTHONBREAKPOINT"] = "0"
step(torch.ones(2))  # does nothing
del os.environ["PYTHONBREAKPOINT"]
sys.breakpointhook = show_frame  # what an IDE's debugger does instead
step(torch.ones(2))
sys.breakpointhook = sys.__breakpointhook__
