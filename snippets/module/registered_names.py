# Once a name is registered, __setattr__ checks what is assigned to it.
# --8<-- [start:none]
import inspect

import torch
from torch import nn

lin = nn.Linear(2, 2)
lin.bias = None  # allowed: the name stays registered, with no value
print("'bias' in lin._parameters:", "bias" in lin._parameters,
      "| value:", lin.bias)
print("parameters:", [n for n, _ in lin.named_parameters()],
      "| state_dict:", list(lin.state_dict()))
print("forward still works:", tuple(lin(torch.ones(1, 2)).shape))
source = inspect.getsource(nn.Linear.__init__).splitlines()
print("nn.Linear(..., bias=False) runs:",
      next(line.strip() for line in source if "register_parameter" in line))
# --8<-- [end:none]

# --8<-- [start:wrong_type]
for name, value in (("weight", torch.zeros(2, 2)), ("bias", 0.0)):
    try:
        setattr(lin, name, value)
    except TypeError as e:
        print(f"lin.{name} = {type(value).__name__}: TypeError: {e}")
seq = nn.Sequential(nn.ReLU())
try:
    seq[0] = torch.ones(1)  # Sequential.__setitem__: setattr(self, "0", ...)
except TypeError as e:
    print(f"seq[0] = Tensor: TypeError: {e}")
m = nn.Module()
m.register_buffer("b", torch.zeros(1))
m.b = nn.Linear(1, 1)  # rule 3 runs before rule 5: the name changes store
print("m.b = Linear: in _buffers", "b" in m._buffers,
      "| in _modules", "b" in m._modules)
# --8<-- [end:wrong_type]
