# Anomaly mode with mixed precision on the CPU: torch.autocast with float16
# and torch.amp.GradScaler("cpu"). The loss is scaled by 65536 before
# backward; where a float16 gradient overflows, it is inf, and the scaler
# skips the step. Anomaly mode checks for NaN only.
import re
import warnings

import torch
from torch import nn


def step(x, anomaly, dtype=torch.float16, enabled=True):
    torch.manual_seed(0)
    model = nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", enabled=enabled)
    before = model.weight.detach().clone()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with torch.autograd.set_detect_anomaly(anomaly):
            with torch.autocast("cpu", dtype=dtype):
                out = model(x)                 # float16 unless dtype
            loss = out.float().pow(2).mean()
            try:
                scaler.scale(loss).backward()  # the gradient of 65536 * loss
            except RuntimeError as e:
                print(f"  {type(e).__name__}: {e}")
                text = next(str(w.message) for w in caught
                            if "Error detected" in str(w.message))
                print("  " + text.splitlines()[0])
                name, func, code = re.findall(
                    r'File "(?:.*/)?([^"/]+)", line \d+, in (\S+)\n\s+(.*)',
                    text)[-1]
                print(f"    ... {name}:{func}: {code.strip()}")
                return None
    grad = model.weight.grad.tolist()
    print(f"  loss {loss.item():.0f}, weight grad {grad}")
    scaler.step(opt)
    scaler.update()
    stepped = not torch.equal(before, model.weight)
    print(f"  stepped: {stepped}, scale now {scaler.get_scale():.0f}")
    return stepped


print("scale at the start:", torch.amp.GradScaler("cpu").get_scale(),
      "float16's largest value:", torch.finfo(torch.float16).max,
      f"bfloat16's: {torch.finfo(torch.bfloat16).max:.2e}")
same_sign = torch.tensor([[30.0, 40.0], [20.0, 10.0]])
mixed_sign = torch.tensor([[30.0, 40.0], [-20.0, 10.0]])
print("overflow to inf, anomaly mode on:")
assert step(same_sign, anomaly=True) is False      # no error, step skipped
print("overflow to inf + -inf = NaN, anomaly mode off:")
assert step(mixed_sign, anomaly=False) is False    # the scaler skips it too
print("the same, anomaly mode on:")
assert step(mixed_sign, anomaly=True) is None      # anomaly mode raises
print("the same, anomaly mode on, scaler disabled:")
assert step(mixed_sign, anomaly=True, enabled=False) is True
print("the same, anomaly mode on, autocast to bfloat16:")
assert step(mixed_sign, anomaly=True, dtype=torch.bfloat16) is True

# Where does the inf start? A hook on the model's output sees the gradient
# that arrives from the loss, before any layer's backward.
torch.manual_seed(0)
model = nn.Linear(2, 1)
with torch.autocast("cpu", dtype=torch.float16):
    out = model(mixed_sign)
out.register_hook(lambda g: print("gradient arriving at the output:",
                                  g.tolist(), g.dtype))
loss = out.float().pow(2).mean()
(loss * 65536).backward()
print("the same backward unscaled, finite:", end=" ")
model.zero_grad()
out = model(mixed_sign)                        # float32, no autocast
out.pow(2).mean().backward()
print(torch.isfinite(model.weight.grad).all().item())

# Anomaly mode does not look at the forward: a NaN made there raises nothing,
# nor does a backward whose gradients stay finite
x = torch.tensor([-1.0], requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        y = torch.log(x)
        y.sum().backward()
print("forward under anomaly mode, log(-1):", y.item(), "no error;",
      "its backward: x.grad", x.grad.item(), "no error")

# check_nan=False checks nothing but keeps the stacks; anomaly mode prints a
# stack only when backward raises, so the hook raises on a non-finite gradient
def raise_if_not_finite(g):
    if not torch.isfinite(g).all():
        raise RuntimeError(f"non-finite gradient {g.tolist()}")


torch.manual_seed(0)
model = nn.Linear(2, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly(check_nan=False):
        with torch.autocast("cpu", dtype=torch.float16):
            out = model(mixed_sign)
        out.register_hook(raise_if_not_finite)
        loss = out.float().pow(2).mean()
        try:
            torch.amp.GradScaler("cpu").scale(loss).backward()
        except RuntimeError as e:
            print("check_nan=False, a hook that raises:",
                  f"{type(e).__name__}: {e}")
text = next(str(w.message) for w in caught
            if "Error detected" in str(w.message))
name, func, code = re.findall(
    r'File "(?:.*/)?([^"/]+)", line \d+, in (\S+)\n\s+(.*)', text)[-1]
print("  " + text.splitlines()[0])
print(f"    ... {name}:{func}: {code.strip()}")
