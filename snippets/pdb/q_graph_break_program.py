# A compiled function with a graph break: Dynamo cannot put print() in a graph.
# Run with the argument `fullgraph`, it compiles with fullgraph=True, under
# which a graph break is an error.
import sys

import torch


def scale(x):
    y = x * 2
    print("halfway")
    return y + 1


compiled = torch.compile(scale, backend="eager",
                         fullgraph="fullgraph" in sys.argv)
print(compiled(torch.ones(3)))
