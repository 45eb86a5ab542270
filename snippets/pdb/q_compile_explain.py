import os

import torch
import torch._dynamo


def scale(x):
    y = x * 2
    breakpoint()
    return y + 1


@torch.compiler.disable
def clip(y):
    return y.clamp(max=2.5)


def model(x):
    y = x * 2
    return clip(y) + 1


os.environ["PYTHONBREAKPOINT"] = "0"  # no stop while explain runs
for function in (scale, model):
    explained = torch._dynamo.explain(function)(torch.ones(2))
    print(f"{function.__name__}: {explained.graph_count} graphs, "
          f"{explained.graph_break_count} graph break")
    for reason in explained.break_reasons:
        frame = reason.user_stack[-1]
        print(f"  line {frame.lineno}, {frame.line}")
        print("  " + reason.reason.splitlines()[0])
del os.environ["PYTHONBREAKPOINT"]  # and stops again after
