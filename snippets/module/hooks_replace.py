# A hook that returns something replaces what it was given.
import torch
from torch import nn

torch.manual_seed(0)
lin, x = nn.Linear(3, 2), torch.ones(1, 3)
expected = lin(2 * x)

# A forward pre-hook may return new positional arguments...
handle = lin.register_forward_pre_hook(lambda mod, args: (2 * args[0],))
print("pre-hook doubled the input; lin(x) equals lin(2 * x):",
      torch.equal(lin(x), expected))
handle.remove()

# ...and a forward hook a new output.
handle = lin.register_forward_hook(
    lambda mod, args, out: torch.zeros_like(out))
print("forward hook replaced the output:", lin(x).tolist())
handle.remove()
print("after remove():", [round(v, 4) for v in lin(x)[0].tolist()])
