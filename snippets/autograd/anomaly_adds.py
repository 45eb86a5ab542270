# What anomaly mode adds: each node remembers where the forward made it,
# and each backward output is checked for NaN (unless check_nan=False).
import textwrap
import warnings

import torch

x = torch.tensor([1.0, 0.0], requires_grad=True)
y = torch.sin(x)
print("without anomaly mode, metadata:", y.grad_fn.metadata)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        y = torch.sin(x)
print(textwrap.fill(f"{caught[0].category.__name__}: {caught[0].message}",
                    79))
stack = y.grad_fn.metadata["traceback_"]
print("with it, metadata keys:", list(y.grad_fn.metadata))
print("the last frame stored ends with:", stack[-1].splitlines()[-1])

# x / x at 0 is NaN, and so is its gradient there
for check_nan in (True, False):
    x.grad = None
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        try:
            with torch.autograd.detect_anomaly(check_nan=check_nan):
                (x / x).sum().backward()
            print(f"check_nan={check_nan}: x.grad = {x.grad}")
        except RuntimeError as error:
            print(f"check_nan={check_nan}: RuntimeError: {error}")
print("anomaly mode now:", torch.is_anomaly_enabled())
