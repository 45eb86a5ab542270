# terminal: tracebacks name this file's lines, which a cell does not have
# What anomaly mode's "Error detected in <Node>" names for a node made inside
# a checkpointed block: the same NaN, without checkpoint and with
# use_reentrant=False and True. Each frame is printed as file, function and
# line of code (torch's line numbers change between releases).
import runpy
import warnings

import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layer = torch.nn.Linear(3, 3)


def block(h):
    h = layer(h)
    return torch.where(h > 0, torch.sqrt(h), 0.0)   # NaN grad at h <= 0


# frames(text, mine): "file:function: code" for each frame of a traceback
frames = runpy.run_path("snippets/autograd/tracebacks.py")["frames"]


def run(label, forward):
    x = torch.randn(2, 3, requires_grad=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with torch.autograd.detect_anomaly():
                forward(x).sum().backward()
        except RuntimeError as e:
            print(f"{label}: {type(e).__name__}: {e}")
    for w in caught:
        text = str(w.message)
        if text.startswith("Anomaly Detection has been enabled"):
            continue
        print("  " + next(line for line in text.splitlines() if line))
        for frame in frames(text, "q_anomaly_checkpoint.py"):
            print("    " + frame)
    return caught


run("no checkpoint", block)
run("use_reentrant=False",
    lambda x: checkpoint(block, x, use_reentrant=False))
caught = run("use_reentrant=True",
             lambda x: checkpoint(block, x, use_reentrant=True))
assert any("Traceback of forward call that induced" in str(w.message)
           for w in caught)
