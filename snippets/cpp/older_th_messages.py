# "_th_uniform_ not supported on CPUType for Long" (torch 1.1): which
# operator raised it? List the ATen operators a call runs.
import os

import torch
from torch.profiler import ProfilerActivity, profile

os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr


def ops_of(call):
    raised = []
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        try:
            call()
        except Exception as e:
            raised.append(f"raised {type(e).__name__}: {e}")
    names = [e.name for e in sorted(prof.events(), key=lambda e: e.id)]
    return ", ".join([n for n in names if n.startswith("aten::")] + raised)


print("zeros:", ops_of(lambda: torch.zeros(5, 3, dtype=torch.long)))
print("rand: ", ops_of(lambda: torch.rand(5, 3, dtype=torch.long)))

x = torch.zeros(5, 3, dtype=torch.long)      # needs no uniform_
assert x.dtype == torch.long and x.sum() == 0
r = torch.randint(0, 10, (5, 3))             # random integers
f = torch.rand(5, 3)                         # random floats
assert r.dtype == torch.long and f.dtype == torch.float32
print("fixed:", r.dtype, f.dtype)
