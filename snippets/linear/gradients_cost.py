# The arithmetic of nn.Linear's forward and backward passes, as counted by
# FlopCounterMode: matrix products only, 2 FLOPs per multiply-add.
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

torch.manual_seed(0)
N, n_in, n_out = 4, 32, 8
lin = nn.Linear(in_features=n_in, out_features=n_out)
print(f"N * in * out = {N * n_in * n_out} multiply-adds = "
      f"{2 * N * n_in * n_out} FLOPs")

for x_needs_grad in (True, False):
    x = torch.rand(N, n_in, requires_grad=x_needs_grad)
    with FlopCounterMode(display=False) as forward:
        y = lin(x)
    with FlopCounterMode(display=False) as backward:
        y.backward(torch.rand(N, n_out))  # g = dL/dy
    print(f"x.requires_grad={x_needs_grad}")
    for name, counter in [("forward", forward), ("backward", backward)]:
        by_op = counter.get_flop_counts()["Global"]
        ops = ", ".join(f"{op} {n}" for op, n in by_op.items())
        print(f"  {name:8} {counter.get_total_flops():4} FLOPs  ({ops})")
    grads = {"dL/dW": lin.weight.grad, "dL/db": lin.bias.grad,
             "dL/dx": x.grad}
    print("  computed:", ", ".join(k for k, v in grads.items()
                                   if v is not None))
    lin.zero_grad()
