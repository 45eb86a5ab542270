# terminal: the traceback names this file's lines, which a cell does not have
import re
import warnings

import torch


def safe_sqrt(t):
    return torch.where(t > 0, torch.sqrt(t), torch.zeros_like(t))


def forward_traceback(caught):
    """The anomaly-mode warnings: this script's frames, with file names
    instead of absolute paths, without the C++ source line."""
    for w in caught:
        lines = str(w.message).splitlines()
        print(f"{w.category.__name__}: {lines[0]}")
        mine = [i for i, line in enumerate(lines) if "qq_anomaly.py" in line]
        for line in lines[mine[0] if mine else 1:]:
            if not line.startswith(" (Triggered internally"):
                print(re.sub(r'File ".*/', 'File "', line))


x = torch.tensor([4.0, 0.0, -1.0], requires_grad=True)
safe_sqrt(x).sum().backward()
print("without anomaly mode:", x.grad)

x.grad = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with torch.autograd.detect_anomaly():
            y = safe_sqrt(x)
            y.sum().backward()
    except RuntimeError as error:
        print("RuntimeError:", error)
forward_traceback(caught)


def safer_sqrt(t):
    positive = t > 0
    inside = torch.where(positive, t, 1.0)
    return torch.where(positive, torch.sqrt(inside), 0.0)


torch.autograd.set_detect_anomaly(True)  # on for the rest of the process
x.grad = None
safer_sqrt(x).sum().backward()
print("fixed:", x.grad)
print("anomaly mode on:", torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(False)  # off: new nodes store no stack
print("after set_detect_anomaly(False):", torch.is_anomaly_enabled())
