# "Could not run 'aten::X' with arguments from the 'Y' backend", on a CPU:
# flip has no kernel for sparse tensors. Reading the message's key list.
import re

import torch

sparse = torch.randn(3, 3).to_sparse()
print("keys of the sparse tensor:", torch._C._dispatch_keys(sparse))
try:
    sparse.flip(0)
except NotImplementedError as e:
    message = str(e)
first = message.split(". ")[0]
print("NotImplementedError:", first + ".")
available = re.search(r"only available for these backends: \[(.*?)\]",
                      message)[1].split(", ")
print("in 'only available for these backends':\n ",
      ", ".join(f"{k} {k in available}"
                for k in ("CPU", "CUDA", "SparseCPU", "AutogradCPU")))
cpu_side = ("CPU", "Meta", "QuantizedCPU", "SparseCPU", "MkldnnCPU")
print("  CPU-side keys with a kernel of their own ([kernel] below it):",
      [k for k in cpu_side if re.search(rf"^{k}: .*\[kernel\]$", message,
                                         flags=re.M)])
print("  the key list ends with fallbacks:", available[-2:])
# after the list, one line per key in it: the key and its entry's kernel
rows = re.findall(r"^(\w+): (.*) \[(.*)\]$", message, flags=re.M)
print("  lines after the list:", len(rows), "| keys in the list:",
      len(available), "| same keys, same order:",
      [key for key, _, _ in rows] == available)
autograd = {where for key, where, _ in rows if key.startswith("Autograd")}
print(f"  the {sum(k.startswith('Autograd') for k, _, _ in rows)} Autograd",
      "keys' lines name", len(autograd), "kernel:",
      re.sub(r".*/|:\d+$", "", autograd.pop()))

# the fixes: a layout the op has a kernel for, or an op the layout has
dense = sparse.to_dense().flip(0)
print("to_dense().flip(0):", dense.layout, tuple(dense.shape))
index = torch.arange(2, -1, -1)
flipped = sparse.index_select(0, index)
print("index_select on the sparse tensor:", flipped.layout,
      torch.equal(flipped.to_dense(), dense))
