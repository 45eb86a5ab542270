# The Python functions one eager call runs: an operator made with custom_op
# against an autograd.Function doing the same.
import sys

import torch


@torch.library.custom_op("overhead::twice", mutates_args=())
def twice(x: torch.Tensor) -> torch.Tensor:
    return x * 2


twice.register_autograd(lambda ctx, grad: grad * 2)


class Twice(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2


def python_calls(f, x):
    names = []

    def profile(frame, event, arg):
        if event == "call":
            names.append(frame.f_code.co_qualname)
    f(x)  # a first call may import or cache things
    sys.setprofile(profile)
    f(x)
    sys.setprofile(None)
    return names


x = torch.ones(4, requires_grad=True)
counts = {}
for name, f in (("autograd.Function", Twice.apply), ("custom_op", twice)):
    calls = python_calls(f, x)
    counts[name] = len(calls)
    print(f"{name}: {len(calls)} Python calls")
    for call in calls:
        print("  ", call)
assert counts["custom_op"] > counts["autograd.Function"], counts
print("custom_op's eager call runs",
      counts["custom_op"] - counts["autograd.Function"], "more Python calls")
