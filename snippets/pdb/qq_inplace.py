# terminal: the traceback names this file's lines, which a cell does not have
import re
import textwrap
import warnings

import torch

torch.manual_seed(0)
x = torch.randn(4, 2)
w = torch.randn(2, 3, requires_grad=True)

h = torch.tanh(x @ w)  # tanh's backward needs its output, h
print("version after tanh:", h._version)
h[:, 0] = 0.0  # in place: the saved h changes
print("version after h[:, 0] = 0:", h._version)
try:
    h.sum().backward()
except RuntimeError as error:
    print(textwrap.fill(f"RuntimeError: {error}", 79))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        h = torch.tanh(x @ w)
        h[:, 0] = 0.0
        try:
            h.sum().backward()
        except RuntimeError:
            pass
lines = str(caught[-1].message).splitlines()
print(f"{caught[-1].category.__name__}: {lines[0]}")
# the frames of this script: the ones before it are whatever started it
mine = [i for i, line in enumerate(lines) if "qq_inplace.py" in line]
for line in lines[mine[0] if mine else 1:]:
    if not line.startswith(" (Triggered internally"):
        print(re.sub(r'File ".*/', 'File "', line))

h = torch.tanh(x @ w)
h = h.clone()  # or: build a new tensor, torch.where / h * mask
h[:, 0] = 0.0
h.sum().backward()
print("fixed, w.grad[0]:", w.grad[0])
