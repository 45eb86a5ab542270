# An error raised in a callback queued with
# Variable._execution_engine.queue_callback from a tensor hook: what backward()
# raises on a CPU, and a callback that logs and re-raises with its context.
import re
import threading
import traceback

import torch
from torch import nn
from torch.autograd import Variable


def functions(exc):
    """The function of each frame of the traceback Python prints for exc."""
    text = "".join(traceback.format_exception(exc))
    return re.findall(r'File "[^"]+", line \d+, in (\S+)', text)


ran_on = []


def callback():
    ran_on.append(threading.get_ident() == threading.main_thread().ident)
    assert 0, "Hello world!"


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 3))
out = model(torch.randn(2, 3))
engine = Variable._execution_engine
out.register_hook(lambda grad: engine.queue_callback(callback))
try:
    out.sum().backward()
except Exception as e:
    print(f"backward() raised {type(e).__name__}: {e}")
    print("__cause__:", e.__cause__, "| __context__:", e.__context__)
    print("last frames of its traceback:", functions(e)[-2:])
print("callback ran on the thread that called backward():", ran_on == [True])


# The fix: a wrapper that logs the callback's own traceback, then raises an
# error that names the callback and carries the original as __cause__.
def logged(fn, log):
    def run():
        try:
            fn()
        except Exception as e:
            log.append("".join(traceback.format_exception(e)))
            raise RuntimeError(
                f"queued callback {fn.__name__} failed: {e!r}") from e
    return run


log = []
out = model(torch.randn(2, 3))
out.register_hook(lambda grad: engine.queue_callback(logged(callback, log)))
try:
    out.sum().backward()
except RuntimeError as e:
    print(f"backward() raised {type(e).__name__}: {e}")
    print("__cause__:", repr(e.__cause__))
    assert isinstance(e.__cause__, AssertionError)
print("logged:", log[0].strip().splitlines()[-1])
