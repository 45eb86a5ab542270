# Which input ranks nn.Linear takes, what the old 2-D-only route said about
# a 3-D input, and the flatten-and-restore that works on any torch.
import torch
from torch import nn

doc = nn.Linear.__doc__
print(doc[doc.index("- Input:"):doc.index("- Output:")].strip())

torch.manual_seed(0)
lin = nn.Linear(4, 2)
for shape in [(4,), (3, 4), (5, 3, 4)]:
    out = lin(torch.randn(shape))
    print(f"input {tuple(shape)} -> output {tuple(out.shape)}")

# Old releases ran a 2-D addmm on the input as it came; addmm still
# takes matrices only:
x = torch.randn(5, 3, 4)  # (batch, sequence, features)
try:
    torch.addmm(lin.bias, x, lin.weight.t())
except RuntimeError as e:
    print("addmm on a 3-D input: RuntimeError:", e)

# The fix for addmm (or mm) called on a 3-D input: fold the leading
# dimensions into rows, multiply, unfold them again.
rows = x.reshape(-1, x.shape[-1])                    # (15, 4)
y = torch.addmm(lin.bias, rows, lin.weight.t()).reshape(*x.shape[:-1], -1)
assert torch.equal(y, lin(x))
print("addmm on the folded rows, unfolded:", tuple(y.shape),
      "| equal to lin(x):", torch.equal(y, lin(x)))
