# A graph break, and a custom_op that keeps the graph whole: the code that
# Dynamo cannot trace goes into the operator, which it does not trace into.
import torch
from torch.library import custom_op


def scale_of(x):  # reads values to Python: Dynamo cannot put that in a graph
    return torch.tensor([max(x.tolist())])


def f(x):
    return (x.sin() / scale_of(x)).cos()


@custom_op("gbk::scale_of", mutates_args=())
def scale_op(x: torch.Tensor) -> torch.Tensor:
    return torch.tensor([max(x.tolist())])


@scale_op.register_fake
def _(x):
    return x.new_empty(1)


def g(x):
    return (x.sin() / scale_op(x)).cos()


x = torch.randn(3)
for name, fn in [("plain function", f), ("custom_op", g)]:
    torch._dynamo.reset()
    explained = torch._dynamo.explain(fn)(x)
    print(f"{name}: {explained.graph_count} graphs, "
          f"{explained.graph_break_count} graph breaks")
    for reason in explained.break_reasons:
        print("  ", reason.reason.splitlines()[0][:100])
assert torch.allclose(torch.compile(g, backend="eager", fullgraph=True)(x),
                      f(x))
print("custom_op under fullgraph=True: the eager result")
