# nn.Linear maps (*, in_features) to (*, out_features).
# Only the last dimension changes.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(in_features=3, out_features=2)

for shape in [(3,), (2, 3), (4, 2, 3), (5, 4, 2, 3)]:
    y = lin(torch.randn(shape))
    print(f"input {str(tuple(shape)):13} -> output {str(tuple(y.shape)):13} "
          f"grad_fn {y.grad_fn.name()}")

for shape in [(2, 4), (4,), (5, 2, 4)]:  # the last dimension must be 3
    try:
        lin(torch.randn(shape))
    except RuntimeError as e:
        print(f"input {shape} raises RuntimeError:\n  {e}")
