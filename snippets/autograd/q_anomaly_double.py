# terminal: tracebacks name this file's lines, which a cell does not have
# Anomaly mode in a double backward: a node made by the first backward
# (create_graph=True) stores the stack of the autograd.grad call, and its
# parent, the node whose backward made it. The NaN: the gradient of a
# gradient of v.norm() at v = 0.
import re
import runpy
import warnings

import torch


# frames(text, mine): "file:function: code" for each frame of a traceback
frames = runpy.run_path("snippets/autograd/tracebacks.py")["frames"]


def report(caught):
    for w in caught:
        text = str(w.message)
        if text.startswith("Anomaly Detection has been enabled"):
            continue
        head = next(line for line in text.splitlines() if line)
        print("  " + re.sub(r" \(Triggered internally at .*", "", head))
        for frame in frames(text, "q_anomaly_double.py"):
            print("    " + frame)


def penalty(v):
    n = v.norm()
    g, = torch.autograd.grad(n, v, create_graph=True)   # first backward
    return g.pow(2).sum()


# The thread's x / y at y = 0: torch 2.13.0 gives infinities, not NaN
x = torch.tensor(0.4, requires_grad=True)
y = torch.tensor(0.0, requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        gy, = torch.autograd.grad(x / y, y, create_graph=True)
        print("x / y:", gy, torch.autograd.grad(gy, (x, y)), "no error")

for where in ("forward and backward", "backward only"):
    v = torch.zeros(3, requires_grad=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if where == "forward and backward":
                with torch.autograd.detect_anomaly():
                    penalty(v).backward()
            else:
                n = v.norm()
                with torch.autograd.detect_anomaly():
                    g, = torch.autograd.grad(n, v, create_graph=True)
                    g.pow(2).sum().backward()
        except RuntimeError as e:
            print(f"anomaly mode on {where}: {type(e).__name__}: {e}")
    report(caught)

v = torch.zeros(3, requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        n = v.norm()
        g, = torch.autograd.grad(n, v, create_graph=True)
node = g.grad_fn
print(f"g.grad_fn {type(node).__name__}: metadata keys {list(node.metadata)}")

# check_nan=False: no error; a hook on the first-order gradient sees the NaN
v = torch.zeros(3, requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly(check_nan=False):
        n = v.norm()
        g, = torch.autograd.grad(n, v, create_graph=True)
        g.register_hook(lambda grad: print("hook on g: its gradient", grad))
        g.pow(2).sum().backward()
print("check_nan=False: v.grad", v.grad)
assert {"traceback_", "parent_"} <= set(g.grad_fn.metadata)  # stacks kept

# The fix: a norm whose gradient is finite at 0
eps = 1e-12
v = torch.zeros(3, requires_grad=True)
n = (v.pow(2).sum() + eps).sqrt()
g, = torch.autograd.grad(n, v, create_graph=True)
g.pow(2).sum().backward()
print("sqrt(sum(v**2) + eps): v.grad", v.grad)
assert torch.isfinite(v.grad).all()
