# F.conv2d, F.layer_norm and F.softmax on a CPU tensor: the tree of ops the
# profiler records, each with the kind of kernel the dispatcher's CPU entry
# holds for it (torch._C._dispatch_dump_table: private).
import os
import re

import torch
import torch.nn.functional as F

os.environ["KINETO_LOG_LEVEL"] = "6"  # no profiler_start/stop on stderr


def cpu_entry(name):
    """The CPU entry's kind, e.g. '[math kernel]', and the key whose
    registration file filled it (Register<key>_N.cpp), for the op the profiler
    calls name (its events carry no overload: take the default one, else
    the first)."""
    packet = getattr(torch.ops.aten, name.removeprefix("aten::"))
    overloads = packet.overloads()
    overload = "default" if "default" in overloads else overloads[0]
    qualified = name if overload == "default" else f"{name}.{overload}"
    table = torch._C._dispatch_dump_table(qualified)
    where, kind = re.search(r"^CPU: .*/Register(\w+?)(?:_\d+)?\.cpp:\d+ "
                            r"(\[.*\])$", table, flags=re.M).groups()
    return qualified, f"{kind} from {where}"


def show(event, depth=0):
    if event.name in ("aten::empty", "aten::view", "aten::resize_"):
        return  # allocations and views inside the kernels
    qualified, kind = cpu_entry(event.name)
    print(f"  {'  ' * depth}{qualified:{40 - 2 * depth}} {kind}")
    for child in event.cpu_children:
        show(child, depth + 1)


torch.manual_seed(0)
x = torch.randn(1, 3, 8, 8)
weight = torch.randn(4, 3, 3, 3)
calls = {"F.conv2d(x, weight)": lambda: F.conv2d(x, weight),
         "F.layer_norm(x, (8,))": lambda: F.layer_norm(x, (8,)),
         "F.softmax(x, dim=-1)": lambda: F.softmax(x, dim=-1)}
for label, call in calls.items():
    with torch.profiler.profile() as prof:
        call()
    print(label)
    for event in prof.events():
        if event.cpu_parent is None:
            show(event)
