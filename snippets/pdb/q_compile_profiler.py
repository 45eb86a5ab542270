# CompileProfiler is gone from torch._dynamo.utils; its report of graph
# breaks was the process-wide counter torch._dynamo.utils.counters, which
# every compile adds to. explain() counts the breaks of the call it runs.
import torch
import torch._dynamo
from torch._dynamo.utils import counters

try:
    from torch._dynamo.utils import CompileProfiler  # noqa: F401
except ImportError as error:
    print("ImportError:", str(error).split(" (")[0])


def elsewhere(x):
    x = x + 1
    torch._dynamo.graph_break()
    return x * 2


def model(x):
    return torch.relu(x) * 2


x = torch.ones(3)
counters.clear()
torch.compile(elsewhere, backend="eager")(x)  # another function's break
explained = torch._dynamo.explain(model)(x)
print("explain(model):", explained.graph_count, "graph,",
      explained.graph_break_count, "graph breaks")
print("counters['graph_break']:")
for reason, count in counters["graph_break"].items():
    print(f"  {count} x {reason.splitlines()[0]}")
