# Hooks run when you call the module, model(x); model.forward(x) is a plain
# method call and skips them.
import torch
from torch import nn

model = nn.Linear(2, 2)
model.register_forward_pre_hook(lambda m, args: print("  pre-hook ran"))
model.register_forward_hook(lambda m, args, out: print("  forward hook ran"))
x = torch.ones(1, 2)

print("model(x):")
model(x)
print("model.forward(x):")
model.forward(x)
print("(nothing ran)")


# The same holds inside your own forward: call children, not their forward.
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = model

    def forward(self, x):
        return self.inner.forward(x)  # the hooks on `inner` never run


print("Outer()(x), calling self.inner.forward:")
Outer()(x)
print("(nothing ran)")
