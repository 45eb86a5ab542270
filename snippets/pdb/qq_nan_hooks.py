# Which module's forward first returns NaN or inf? A forward hook on every
# module checks its output and raises there, naming the module; the
# traceback (or pdb's post-mortem) then stands inside that forward call.
import torch
from torch import nn


class Scale(nn.Module):
    eps = 0.0

    def forward(self, x):
        return x / (x.sum(dim=1, keepdim=True) + self.eps)  # zeros: 0 / 0


def check_finite(module, inputs, output):
    if not torch.isfinite(output).all():
        bad = (~torch.isfinite(output)).nonzero()[0].tolist()
        name = check_finite.names[module]
        raise RuntimeError(f"module {name!r} ({type(module).__name__}) "
                           f"returned a non-finite value at {bad}")


model = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), Scale(), nn.Linear(3, 1))
nn.init.ones_(model[0].weight)
nn.init.zeros_(model[0].bias)
check_finite.names = {m: name for name, m in model.named_modules()}
for module in model.modules():
    module.register_forward_hook(check_finite)

x = torch.tensor([[1.0, 2.0, 3.0], [-5.0, -5.0, -5.0]])
try:
    model(x)
except RuntimeError as error:
    print("RuntimeError:", error)
    print("its input, the ReLU's output:", model[:2](x).tolist())

model[2].eps = 1e-6  # the fix: a divisor that is never 0
print("after the fix:", model(x).isfinite().all().item())
