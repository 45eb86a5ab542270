# The profiler's view of the same calls: every op that enters the dispatcher,
# aten::linear itself and the composite ops a dispatch mode never sees.
# --8<-- [start:profile]
import os

import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode

# Kineto, the profiler's engine, writes "profiler_start/stop" lines to stderr;
# level 6 is above all of its message levels.
os.environ["KINETO_LOG_LEVEL"] = "6"


def profiled(fn):
    """Names of the ops the profiler records while fn runs (no timings)."""
    with torch.profiler.profile() as prof:
        fn()
    return [event.name for event in prof.events()]


torch.manual_seed(0)
lin = nn.Linear(3, 2)
x2 = torch.randn(4, 3)
x3t = torch.randn(4, 2, 3).transpose(0, 1)  # 3-D, not contiguous
print("2-D input:           ", ", ".join(profiled(lambda: lin(x2))))
print("3-D transposed input:", ", ".join(profiled(lambda: lin(x3t))))
# addmm passes two kernels (autograd's, which records the graph node, and
# the CPU one), but is called from the top of the dispatcher once
print("aten::addmm rows for one 2-D call:",
      profiled(lambda: lin(x2)).count("aten::addmm"),
      "| its grad_fn:", lin(x2).grad_fn.name())
# --8<-- [end:profile]


# --8<-- [start:observer]
class Passthrough(TorchDispatchMode):
    """A dispatch mode that records nothing and changes nothing."""

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        return func(*args, **(kwargs or {}))


def with_mode():
    with Passthrough():
        lin(x3t)


print("last op, no mode:  ", profiled(lambda: lin(x3t))[-1])
print("last op, with mode:", profiled(with_mode)[-1])
# --8<-- [end:observer]

# --8<-- [start:header]
site_packages = os.path.dirname(os.path.dirname(torch.__file__))
path = os.path.join(os.path.dirname(torch.__file__), "include", "ATen",
                    "TensorSubclassLikeUtils.h")
lines = open(path, encoding="utf-8").read().splitlines()
note = next(i for i, line in enumerate(lines)
            if "Certain in-place operations can eliminate" in line)
start = lines.index("inline bool isTensorSubclassLike(const Tensor& tensor) {")
print(f"// {os.path.relpath(path, site_packages)}")
for i in [*range(note, note + 5), *range(start, start + 6)]:
    print(f"{i + 1:4}  {lines[i]}".rstrip())  # the line's number, the line
# --8<-- [end:header]
