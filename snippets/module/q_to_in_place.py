# Module.to() changes the module in place and returns it; Tensor.to()
# returns a new tensor and leaves the original as it was.
import torch
from torch import nn

model = nn.Linear(2, 2)
result = model.to(torch.float64)  # no assignment needed
print("model.to() returns the same module:", result is model,
      "| weight dtype:", model.weight.dtype)

x = torch.ones(1, 2)
x.to(torch.float64)  # result thrown away
print("x.to() without assignment: x is still", x.dtype)
x = x.to(torch.float64)
print("x = x.to(...): x is now", x.dtype)
print("model(x):", model(x).dtype)

# A batch that was not reassigned keeps its old dtype (or device, for
# x.to("cuda")): the model refuses it.
batch = torch.ones(1, 2)
batch.to(torch.float64)
try:
    model(batch)
except RuntimeError as e:
    print("RuntimeError:", e)
