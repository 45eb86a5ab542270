# The weight is stored (out_features, in_features); W.t() is a view of it.
# --8<-- [start:rows]
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(in_features=3, out_features=2)
W = lin.weight
print("weight shape:", tuple(W.shape), " stride:", W.stride(),
      " contiguous:", W.is_contiguous())

x = torch.tensor([1., 2., 3.])
for j in range(2):  # output j is the dot product of x with row j of the weight
    y_j = W[j] @ x + lin.bias[j]
    print(f"y[{j}] = W[{j}] . x + b[{j}] = {y_j.item():.4f}")
print("lin(x)  =", [round(v, 4) for v in lin(x).tolist()])
# --8<-- [end:rows]

# --8<-- [start:view]
Wt = W.t()
print("W.t() shape:", tuple(Wt.shape), " stride:", Wt.stride(),
      " contiguous:", Wt.is_contiguous())
print("same memory:", Wt.data_ptr() == W.data_ptr(),
      " is a view of W:", Wt._base is W)
copy = Wt.contiguous()  # this one does copy
print("W.t().contiguous() has new memory:", copy.data_ptr() != W.data_ptr())
with torch.no_grad():
    W[0, 1] = 10.0  # a write through W shows through the view
print("Wt[1, 0] after W[0, 1] = 10:", Wt[1, 0].item())
# --8<-- [end:view]
