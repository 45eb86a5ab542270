# Values a fake tensor does not have: .item(), .tolist(), and the sizes of
# nonzero and boolean masks. What FakeTensorMode and torch.compile do.
import logging

import torch
import torch._dynamo
from torch._subclasses.fake_tensor import FakeTensorMode

logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)
logging.getLogger("torch._dynamo").setLevel(logging.ERROR)  # break warnings

mode = FakeTensorMode()                  # a bare mode: no symbolic sizes
fake = mode.from_tensor(torch.tensor([1.0, -2.0, 3.0]))
for what, fn in [("nonzero()", lambda t: t.nonzero()),
                 ("t[t > 0]", lambda t: t[t > 0]),
                 ("item()", lambda t: t.sum().item())]:
    try:
        with mode:
            fn(fake)
    except Exception as e:
        print(f"{what:10} {type(e).__name__}: {e}")


def positives_scaled(x):
    pos = x[x > 0]                       # size known only at run time
    return pos * x.sum().item()          # a number read from the data


def first_line(e):
    return str(e).strip().splitlines()[0]


x = torch.tensor([1.0, -2.0, 3.0])
expected = positives_scaled(x)
torch._dynamo.reset()
ex = torch._dynamo.explain(positives_scaled)(x)
print("default:", ex.graph_count, "graphs, breaks:",
      [first_line(b.reason) for b in ex.break_reasons])
with torch._dynamo.config.patch(capture_scalar_outputs=True,
                                capture_dynamic_output_shape_ops=True):
    torch._dynamo.reset()
    print("both capture_ flags:",
          torch._dynamo.explain(positives_scaled)(x).graph_count, "graph")
torch._dynamo.reset()
out = torch.compile(positives_scaled, backend="eager", fullgraph=True)(x)
assert torch.equal(out, expected)
print("fullgraph=True: traced whole,", out.tolist())


def branch(x):
    if x.sum().item() > 0:               # Python decides on a value
        return x + 1
    return x - 1


def branch_checked(x):
    s = x.sum().item()
    torch._check(s > 0)                  # a promise, checked at run time
    if s > 0:
        return x + 1
    return x - 1


for fn in [branch, branch_checked]:
    torch._dynamo.reset()
    compiled = torch.compile(fn, backend="eager", fullgraph=True)
    for arg in [x, -x]:
        try:
            print(f"{fn.__name__}({arg.tolist()}):", compiled(arg).tolist())
        except Exception as e:
            print(f"{fn.__name__}({arg.tolist()}): "
                  f"{type(e).__name__}: {first_line(e)}")
torch._dynamo.reset()
print("branch, no fullgraph:",
      torch.compile(branch, backend="eager")(-x).tolist())
try:
    torch.compile(lambda t: t.tolist(), backend="eager", fullgraph=True)(x)
except Exception as e:
    print(f"tolist(): {type(e).__name__}: {first_line(e)}")
