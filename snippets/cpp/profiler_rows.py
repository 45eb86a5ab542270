# Where the profiler's smaller rows come from: each op of linear's kernels
# profiled on its own.
import os

import torch

os.environ["KINETO_LOG_LEVEL"] = "6"  # keep Kineto's log lines off stderr


def show(label, fn):
    """The names of the ops the profiler records while fn runs."""
    with torch.profiler.profile() as prof:
        fn()
    names = ", ".join(event.name for event in prof.events())
    print(f"{label:24} {names or '(nothing)'}")


torch.manual_seed(0)
x, weight, bias = torch.randn(4, 3), torch.randn(2, 3), torch.randn(2)
x3t = torch.randn(4, 2, 3).transpose(0, 1)
show("weight.t()", lambda: weight.t())
show("weight.transpose(0, 1)", lambda: weight.transpose(0, 1))
show("bias.expand(4, 2)", lambda: bias.expand(4, 2))
show("x.view(12)", lambda: x.view(12))
show("aten._unsafe_view", lambda: torch.ops.aten._unsafe_view(x, [12]))
show("x3t.contiguous()", lambda: x3t.contiguous())
wt = weight.t()  # as linear passes it: a transposed view
wt_copy = wt.contiguous()  # the same values, laid out row by row
show("addmm(bias, x, wt)", lambda: torch.addmm(bias, x, wt))
show("addmm(bias, x, wt_copy)", lambda: torch.addmm(bias, x, wt_copy))
print("for a real tensor, resolve_conj() returns it unchanged:",
      x.resolve_conj() is x)
z = torch.randn(2, dtype=torch.complex64).conj()  # a conjugate bit, no copy
print("a conjugated complex tensor, is_conj():", z.is_conj(),
      "| after resolve_conj():", z.resolve_conj().is_conj())
# two ops called through the dispatcher alike; the profiler skips one
show("aten.is_floating_point", lambda: torch.ops.aten.is_floating_point(x))
show("aten.is_complex", lambda: torch.ops.aten.is_complex(x))
