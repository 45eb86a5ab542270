# terminal: it prints its own file's name, which a notebook cell lacks
# "Warning: Overriding a previously registered kernel for the same operator
# and the same dispatch key": a library registered its own kernel for an
# operator and key that already had one. The newest registration runs.
import warnings

import torch


def which(op):
    """The file that registered the kernel the CPU entry runs."""
    line = next(row for row in torch._C._dispatch_dump_table(op).splitlines()
                if row.startswith("CPU:"))
    return line.split("registered at ")[1].split(":")[0].rsplit("/", 1)[-1]


x = torch.zeros(2)
print("before:", torch.sigmoid(x).tolist(), "| CPU kernel from",
      which("aten::sigmoid"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    lib = torch.library.Library("aten", "IMPL")   # as a package would
    lib.impl("sigmoid", lambda t: torch.full_like(t, 42.0), "CPU")
for warning in caught[:1]:
    for line in str(warning.message).splitlines()[:3]:  # not the path line
        print("warning:", line.strip())
print("warnings caught:", len(caught))
print("after: ", torch.sigmoid(x).tolist(), "| CPU kernel from",
      which("aten::sigmoid"))
del lib                                           # the registration goes
print("removed:", torch.sigmoid(x).tolist(), "| CPU kernel from",
      which("aten::sigmoid"))
