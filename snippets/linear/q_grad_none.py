# Six common reasons why lin.weight.grad is None after training code ran.
import textwrap
import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3)

lin = nn.Linear(3, 2)
print("1. before any backward():      ", lin.weight.grad)
lin(x).sum().backward()
print("   after backward():           ", tuple(lin.weight.grad.shape))

lin = nn.Linear(3, 2)
with torch.no_grad():
    out = lin(x)  # e.g. a forward pass copied from evaluation code
print("2. output made under no_grad:   requires_grad", out.requires_grad)
try:
    out.sum().backward()
except RuntimeError as e:
    print(textwrap.fill(f"RuntimeError: {e}", 79, initial_indent="   ",
                        subsequent_indent="   "))

lin = nn.Linear(3, 2)
out = lin(x.detach()).detach()  # or .item(), .numpy(), torch.tensor(out)
print("3. graph cut by detach():       grad_fn", out.grad_fn)

lin = nn.Linear(3, 2)
w = lin.weight * 1.0  # any operation gives a non-leaf copy
(x @ w.T).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("4. .grad of a non-leaf:        ", w.grad)
print(textwrap.fill("warning: " + str(caught[0].message).split(". ")[0],
                    79, initial_indent="   ", subsequent_indent="   "))
print("   the leaf got it:            ", tuple(lin.weight.grad.shape))

lin = nn.Linear(3, 2)
lin.weight.requires_grad_(False)  # frozen, e.g. by a fine-tuning recipe
lin(x).sum().backward()
print("5. frozen, requires_grad=False:", lin.weight.grad,
      " bias:", tuple(lin.bias.grad.shape))


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.used = nn.Linear(3, 2)
        self.unused = nn.Linear(3, 2)  # registered, but forward skips it

    def forward(self, x):
        return self.used(x)


model = TwoHeads()
model(x).sum().backward()
print("6. layer not used in forward:  ", model.unused.weight.grad,
      " used:", tuple(model.used.weight.grad.shape))


class UnusedOutput(nn.Module):
    def __init__(self):
        super().__init__()
        self.attn = nn.Linear(3, 1)  # called, but its result is dropped
        self.out = nn.Linear(3, 2)

    def forward(self, x):
        scores = self.attn(x)  # computed ...
        return self.out(x)     # ... and never used in what is returned


model = UnusedOutput()
model(x).sum().backward()
print("7. output computed, unused:    ", model.attn.weight.grad)
