# '"X" not implemented for 'Long'': the dispatcher found a kernel; the
# kernel's switch over dtypes has no case for this one.
import os

import torch
import torch.nn.functional as F

ids = torch.tensor([[1, 2, 3]])  # int64, as token ids and labels are
for label, call in (("F.softmax(ids, dim=-1)", lambda: F.softmax(ids, -1)),
                    ("F.layer_norm(ids, (3,))",
                     lambda: F.layer_norm(ids, (3,))),
                    ("uint16 + 1",
                     lambda: torch.ones(2, dtype=torch.uint16) + 1)):
    try:
        call()
    except NotImplementedError as e:
        print(f"{label:24} NotImplementedError: {e}")

# where the message is made: the dtype switch the kernels are written with
header = os.path.join(os.path.dirname(torch.__file__), "include", "torch",
                      "headeronly", "core", "Dispatch.h")
lines = open(header, encoding="utf-8").read().splitlines()
at = next(i for i, line in enumerate(lines) if "not implemented for '" in line)
start = next(i for i in range(at, 0, -1) if "at_dispatch_name = NAME" in
             lines[i])
print(f"torch/include/torch/headeronly/core/Dispatch.h, lines "
      f"{start + 1}-{at + 3}:")
for line in lines[start:at + 3]:
    print("  " + line.rstrip(" \\").rstrip())

# the fix: a dtype the kernel has a case for
print("F.softmax(ids.float(), -1):", F.softmax(ids.float(), -1))
print("F.softmax(ids, -1, dtype=torch.float32).dtype:",
      F.softmax(ids, -1, dtype=torch.float32).dtype)
