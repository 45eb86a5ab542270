# A compiled function with a graph break: Dynamo cannot put print() in a graph.
import torch


def scale(x):
    y = x * 2
    print("halfway")
    return y + 1


compiled = torch.compile(scale, backend="eager")
print(compiled(torch.ones(3)))
