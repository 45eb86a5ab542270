# A backward pre-hook alone is enough: _call_impl hands the module's
# input and output through BackwardHook, as new tensors.
import torch
from torch import nn


class Keep(nn.Linear):  # remembers what forward received and returned
    def forward(self, x):
        self.received = x
        self.returned = super().forward(x)
        return self.returned


torch.manual_seed(0)
lin, x = Keep(3, 2), torch.ones(1, 3, requires_grad=True)
for hooked in (False, True):
    if hooked:
        handle = lin.register_full_backward_pre_hook(lambda mod, g: None)
    y = lin(x)
    print("with a backward pre-hook:" if hooked else "without hooks:",
          "forward got x:", lin.received is x,
          "| lin(x) is what forward returned:", y is lin.returned,
          "| grad_fn", y.grad_fn.name())
handle.remove()
print("same values either way:", torch.equal(y, lin(x)))
