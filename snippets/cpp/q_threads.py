# How many threads torch uses, and the libraries they belong to. The
# defaults depend on the machine, so this sets them first; what a default
# would be is shown as a comparison only.
import os
import warnings

import torch

print("default intra-op threads <= os.cpu_count():",
      torch.get_num_threads() <= os.cpu_count())
print("torch.get_num_interop_threads.__doc__:", " ".join(
    torch.get_num_interop_threads.__doc__.strip().splitlines()[2:]))
torch.set_num_threads(1)  # intra-op: the threads inside one op
torch.set_num_interop_threads(1)  # inter-op: once, before parallel work
print("torch.get_num_threads():", torch.get_num_threads(),
      "| torch.get_num_interop_threads():", torch.get_num_interop_threads())
try:
    torch.set_num_interop_threads(2)
except RuntimeError as e:
    print("RuntimeError:", e)
torch.ones(1_000_000).sum()  # some intra-op work
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_num_threads(2)  # intra-op, again, after parallel work
print("set_num_threads(2) after that: get_num_threads() ->",
      torch.get_num_threads(), "| warnings:", len(caught))
torch.set_num_threads(1)

machine = ("hardware_concurrency", "Environment variables", "_NUM_THREADS")
for line in torch.__config__.parallel_info().splitlines():
    if line.strip() and not any(word in line for word in machine):
        print("  " + line.replace("\t", "    "))
