# torch._dynamo.error_on_graph_break(True) is read while Dynamo compiles: a
# call that reuses code compiled before raises nothing, even with a break in
# it. The issue's own function (a break after three additions) raises.
import torch
import torch._dynamo as dynamo
from torch._dynamo.exc import Unsupported


def issue_fn(x):
    x = x + 1
    x = x + 1
    x = x + 1
    with dynamo.error_on_graph_break(True):
        dynamo.graph_break()
    return x + 1


def scale(x):
    y = x * 2
    print("  print ran: a graph break")
    return y + 1


def call(label, fn):
    try:
        fn(torch.ones(3))
        print(f"{label}: no error")
    except Unsupported as error:
        print(f"{label}: Unsupported: {str(error).splitlines()[0]}")


call("break inside error_on_graph_break(True)",
     torch.compile(issue_fn, backend="eager"))

compiled = torch.compile(scale, backend="eager")
call("first call, setting off", compiled)
with dynamo.error_on_graph_break(True):
    call("second call, setting on", compiled)  # reuses the first compile
dynamo.reset()  # forget every compiled function
with dynamo.error_on_graph_break(True):
    call("after torch._dynamo.reset()", compiled)
call("fullgraph=True", torch.compile(scale, backend="eager", fullgraph=True))
