# Module.to() changes the module in place and returns it; Tensor.to()
# returns a new tensor and leaves the original as it was.
import torch
from torch import nn

model = nn.Linear(2, 2)
weight, ptr = model.weight, model.weight.data_ptr()
result = model.to(torch.float64)  # no assignment needed
print("model.to() returns the same module:", result is model,
      "| weight dtype:", model.weight.dtype)
# In place for the module and its Parameter objects, not for the memory:
# the Parameter gets a new float64 tensor as its .data.
print("same Parameter object:", model.weight is weight,
      "| same memory:", model.weight.data_ptr() == ptr)
ptr = model.weight.data_ptr()
model.to(torch.float64)  # nothing to convert: the tensors are kept
print("to() the dtype it already has, same memory:",
      model.weight.data_ptr() == ptr)

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

# A change of device returns the module itself too. Not every conversion
# keeps the Parameter objects: with this flag on, _apply puts new ones in.
moved = nn.Linear(2, 2)
print("moved.to('meta') is moved:", moved.to("meta") is moved)
try:  # the meta device (shapes, no data) stands in for a GPU
    moved(batch)  # a batch left on the CPU
except RuntimeError as e:
    print("RuntimeError:", e)
torch.__future__.set_overwrite_module_params_on_conversion(True)
weight = model.weight
model.to(torch.float32)
print("with set_overwrite_module_params_on_conversion(True), "
      "same Parameter object:", model.weight is weight)
torch.__future__.set_overwrite_module_params_on_conversion(False)
