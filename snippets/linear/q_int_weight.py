# An integer weight in nn.Linear: parameters require gradients, and only
# floating-point and complex tensors can.
import torch
from torch import nn

lin = nn.Linear(1, 1, bias=False)
tries = {
    "lin.weight.data = torch.tensor([[7]])":
        lambda: setattr(lin.weight, "data", torch.tensor([[7]])),
    "nn.Parameter(torch.tensor([[7]]))":
        lambda: nn.Parameter(torch.tensor([[7]])),
    "torch.tensor([1], requires_grad=True)":
        lambda: torch.tensor([1], requires_grad=True),
    "lin(torch.tensor([[1]]))  (weight float32)":
        lambda: lin(torch.tensor([[1]])),
    "lin(torch.zeros(11, 0, 1, dtype=torch.int16))  (no rows at all)":
        lambda: lin(torch.zeros(11, 0, 1, dtype=torch.int16)),
}
for name, call in tries.items():
    try:
        call()
    except RuntimeError as e:
        print(f"{name}\n  RuntimeError: {e}")

# Fix 1, to train it: a float weight and a float input (note the dots).
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[7.]]))
print("float:", lin(torch.tensor([[1.]])))

# Fix 2, integer arithmetic that is never trained: a parameter that
# requires no gradient may hold integers, and F.linear computes exactly.
lin.weight = nn.Parameter(torch.tensor([[7]]), requires_grad=False)
y = lin(torch.tensor([[3]]))
print("int64, requires_grad=False:", y)
assert y.dtype == torch.int64 and y.item() == 21
