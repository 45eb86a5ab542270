# nn.Buffer is a marker on an ordinary tensor, not a new kind of tensor.
import torch
from torch import nn

b = nn.Buffer(torch.ones(2), persistent=False)
print("type:", type(b).__name__, "| _is_buffer:", b._is_buffer,
      "| persistent:", b.persistent)
print("isinstance(b, nn.Buffer):", isinstance(b, nn.Buffer))
print("isinstance(torch.ones(2), nn.Buffer):",
      isinstance(torch.ones(2), nn.Buffer))
