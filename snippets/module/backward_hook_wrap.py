# A backward pre-hook alone is enough: _call_impl hands the module's
# input (when one requires grad) and its output through BackwardHook, as
# new tensors.
import torch
from torch import nn


class Keep(nn.Linear):  # remembers what forward received and returned
    def forward(self, x):
        self.received = x
        self.returned = super().forward(x)
        return self.returned


torch.manual_seed(0)
lin = Keep(3, 2)
x, x_no_grad = torch.ones(1, 3, requires_grad=True), torch.ones(1, 3)
cases = (("without hooks", x),
         ("with a backward pre-hook", x),
         ("with a backward pre-hook, x without grad", x_no_grad))
for label, inp in cases:
    if label == "with a backward pre-hook":
        handle = lin.register_full_backward_pre_hook(lambda mod, g: None)
    y = lin(inp)
    print(f"{label}:\n  forward got x: {lin.received is inp}"
          f" | lin(x) is what forward returned: {y is lin.returned}"
          f" | grad_fn {y.grad_fn.name()}")
handle.remove()
print("same values either way:", torch.equal(y, lin(x)))
