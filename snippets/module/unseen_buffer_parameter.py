# register_buffer takes any tensor, a Parameter included: a Parameter
# handed to it is a buffer, kept out of parameters().
import torch
from torch import nn


class Drift(nn.Module):          # the pattern before the fix
    def __init__(self, length):
        super().__init__()
        self.register_buffer("length", torch.as_tensor(length))


p = nn.Parameter(torch.tensor(1.0))
d = Drift(p)
print("as_tensor returned the Parameter itself:", d.length is p)
print("parameters:", [n for n, _ in d.named_parameters()],
      "| buffers:", [n for n, _ in d.named_buffers()])
d2 = Drift(1.0)
d2.length = nn.Parameter(torch.tensor(1.0))   # assigned after __init__
print("assigned later -> parameters:",
      [n for n, _ in d2.named_parameters()],
      "| buffers:", [n for n, _ in d2.named_buffers()])


class FixedDrift(nn.Module):     # default buffer, then assignment
    def __init__(self, length):
        super().__init__()
        self.register_buffer("length", torch.tensor(0.0))
        self.length = torch.as_tensor(length)  # __setattr__ routes it


for value in (nn.Parameter(torch.tensor(1.0)), torch.tensor(2.0), 3.0):
    f = FixedDrift(value)
    print(f"FixedDrift({type(value).__name__}): parameters",
          [n for n, _ in f.named_parameters()],
          "| buffers", [n for n, _ in f.named_buffers()])
