# bias=False: the module keeps the name "bias" but registers it as None.
import inspect

import torch
from torch import nn

source = inspect.getsource(nn.Linear.__init__)
print("in nn.Linear.__init__:", *[line.strip() for line in source.splitlines()
                                  if "register_parameter" in line])
torch.manual_seed(0)
lin = nn.Linear(3, 2, bias=False)
print("lin.bias:", lin.bias)
print("_parameters:", {name: None if p is None else tuple(p.shape)
                       for name, p in lin._parameters.items()})
print("named_parameters:", [name for name, _ in lin.named_parameters()])
print("parameters:", [tuple(p.shape) for p in lin.parameters()])
print("state_dict keys:", list(lin.state_dict()))
print(lin)

x = torch.randn(4, 3)
print("lin(x) equals x @ W.T:", torch.equal(lin(x), x @ lin.weight.T))
print("grad_fn:", lin(x).grad_fn.name())
