# nn.Linear in the profiler: aten::linear is recorded, as the parent of the
# ops it calls; the backward pass has no linear node at all.
import os

import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode

os.environ["KINETO_LOG_LEVEL"] = "6"  # no profiler_start/stop on stderr
torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.randn(4, 3)
with torch.profiler.profile() as prof:
    y = lin(x)
    y.sum().backward()


def show(event, depth, max_depth=1):
    print("  " * (depth + 1) + event.name)
    if depth < max_depth:
        for child in event.cpu_children:
            show(child, depth + 1)


print("forward, the top two levels of the tree:")
top = [e for e in prof.events() if e.cpu_parent is None]
linear = next(e for e in top if e.name == "aten::linear")
show(linear, 0)
inside = [linear.time_range.start <= child.time_range.start
          and child.time_range.end <= linear.time_range.end
          for child in linear.cpu_children]
print("linear's time range contains each of its children's:",
      len(inside), "children,", all(inside))
print("backward, the graph nodes the engine ran:")
for event in top:
    if event.name.startswith("autograd::engine::evaluate_function"):
        print("   ", event.name.split(": ")[1])
print("rows of key_averages() with 'linear' or 'addmm' in the name:",
      [(a.key, a.count) for a in prof.key_averages()
       if "linear" in a.key.lower() or "addmm" in a.key.lower()])



class Seen(TorchDispatchMode):  # below autograd: what a tracer sees
    def __init__(self):
        super().__init__()
        self.ops = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.ops.append(str(func))
        return func(*args, **(kwargs or {}))


with Seen() as seen:
    lin(x)
print("a TorchDispatchMode sees for lin(x):", seen.ops)
