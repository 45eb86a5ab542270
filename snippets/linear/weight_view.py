# W.t() is a view: the same memory read with swapped strides, nothing copied.
import torch
from torch import nn

W = nn.Linear(in_features=3, out_features=2).weight
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
