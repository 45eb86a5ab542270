# nn.Buffer is a marker on an ordinary tensor, not a new kind of tensor.
import torch
from torch import nn

b = nn.Buffer(torch.ones(2), persistent=False)
print("type:", type(b).__name__, "| _is_buffer:", b._is_buffer,
      "| persistent:", b.persistent)
meta = type(nn.Buffer)  # the metaclass, whose __instancecheck__ answers
print("isinstance(b, nn.Buffer):", isinstance(b, nn.Buffer),
      f"| {meta.__name__} defines __instancecheck__:",
      "__instancecheck__" in vars(meta))
print("isinstance(torch.ones(2), nn.Buffer):",
      isinstance(torch.ones(2), nn.Buffer))
w = torch.ones(2, requires_grad=True)
print("nn.Buffer(w) keeps w's requires_grad:", nn.Buffer(w).requires_grad,
      "| is a leaf:", nn.Buffer(w).is_leaf)
t = torch.zeros(2)
box = nn.Module()
box.register_buffer("kept", t)
box.marked = nn.Buffer(t)  # a new tensor on t's memory
print("box.kept is t:", box.kept is t, "| box.marked is t:", box.marked is t,
      "| on t's memory:", box.marked.data_ptr() == t.data_ptr())
t[0] = 5.0
print("after t[0] = 5.0: box.marked =", box.marked.tolist())
