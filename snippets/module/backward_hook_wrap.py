# A backward pre-hook alone is enough: while grad mode is on, _call_impl
# hands the module's positional tensors (when one requires grad) and its
# output (when it requires grad) through BackwardHook, as new tensors.
import torch
from torch import nn


class Keep(nn.Linear):  # remembers what forward received and returned
    def forward(self, x, mask):
        self.received = (x, mask)
        self.returned = super().forward(x) * mask
        return self.returned


def call(label, x):
    y = lin(x, mask)
    got = [a is b for a, b in zip(lin.received, (x, mask))]
    node = y.grad_fn.name() if y.grad_fn else None
    print(f"{label}:\n  forward got the caller's x, mask: {got}"
          f" | lin(x, mask) is what forward returned: {y is lin.returned}"
          f" | grad_fn {node}")
    return y


torch.manual_seed(0)
lin = Keep(3, 2)
x, mask = torch.ones(1, 3, requires_grad=True), torch.ones(1, 2)
call("without hooks", x)
handle = lin.register_full_backward_pre_hook(lambda mod, g: None)
y = call("with a backward pre-hook", x)
call("with a backward pre-hook, x without grad", x.detach())
with torch.no_grad():
    call("with a backward pre-hook, under torch.no_grad()", x)
handle.remove()
print("same values either way:", torch.equal(y, lin(x, mask)))
