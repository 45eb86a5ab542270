# Where the profiler's smaller rows come from: each op of linear's kernels
# profiled on its own.
import os

import torch

os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr


def profiled(fn):
    with torch.profiler.profile() as prof:
        fn()
    return ", ".join(event.name for event in prof.events())


torch.manual_seed(0)
x, weight, bias = torch.randn(4, 3), torch.randn(2, 3), torch.randn(2)
x3t = torch.randn(4, 2, 3).transpose(0, 1)
print("weight.t():        ", profiled(lambda: weight.t()))
print("bias.expand(4, 2): ", profiled(lambda: bias.expand(4, 2)))
print("x3t.contiguous():  ", profiled(lambda: x3t.contiguous()))
wt = weight.t()  # as linear passes it: a transposed view
wt_copy = wt.contiguous()  # the same values, laid out row by row
print("addmm(bias, x, wt):     ", profiled(lambda: torch.addmm(bias, x, wt)))
print("addmm(bias, x, wt_copy):",
      profiled(lambda: torch.addmm(bias, x, wt_copy)))
print("for a real tensor, resolve_conj() returns it unchanged:",
      x.resolve_conj() is x)
