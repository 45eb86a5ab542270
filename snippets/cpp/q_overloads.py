# Overload names: one operator name, several schemas. Which one a Python
# call reaches, recorded below autograd by a TorchDispatchMode.
import os

import torch
from torch.utils._python_dispatch import TorchDispatchMode

add = torch.ops.aten.add
print("torch.ops.aten.add:", type(add).__name__)
for name in add.overloads():
    print(f"  .{name:13}", getattr(add, name)._schema)


class Overloads(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.seen = func  # an OpOverload: aten.add.Tensor, ...
        if len(args) > 1:  # what arrives as `other`: a tensor, a number?
            self.other = type(args[1]).__name__
        return func(*args, **(kwargs or {}))


x, y = torch.ones(2), torch.ones(2)
calls = {"torch.add(x, y)": lambda: torch.add(x, y),
         "x + 2": lambda: x + 2,
         "torch.add(x, y, out=torch.empty(2))":
             lambda: torch.add(x, y, out=torch.empty(2)),
         "x.add_(y)": lambda: x.add_(y)}
for shown, call in calls.items():
    with Overloads() as mode:
        call()
    print(f"{shown:36} -> {mode.seen} ({mode.seen._overloadname}),",
          "other:", mode.other)

# what enters the dispatcher for x + 2: the 2 as a 0-dim int64 tensor
os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr
with torch.profiler.profile(record_shapes=True) as prof:
    x + 2
add_event = next(e for e in prof.events() if e.name == "aten::add")
print("x + 2 in the profiler: aten::add, input shapes",
      add_event.input_shapes, "dtypes", add_event.input_dtypes)

# an overload is callable itself: no Python binding, no overload choice
print("torch.ops.aten.add.Tensor(ones, ones, alpha=3):",
      torch.ops.aten.add.Tensor(torch.ones(2), torch.ones(2), alpha=3))
print("aten::add.int is a dispatcher operator:",
      "aten::add.int" in torch._C._dispatch_get_all_op_names(),
      "| aten::add.Tensor:",
      "aten::add.Tensor" in torch._C._dispatch_get_all_op_names())
