# An integer nn.Parameter is accepted with requires_grad=False, and raises
# "Only Tensors of floating point and complex dtype can require gradients"
# as soon as something asks it to require grad; a buffer is the place for
# integer state. (DataParallel's replicate on two GPUs is not run here.)
import torch
from torch import nn


class Shift(nn.Module):               # a small stand-in with integer state
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 4)
        self.index = nn.Parameter(torch.tensor([3, 0, 1, 2]),
                                  requires_grad=False)

    def forward(self, x):
        return self.linear(x[:, self.index])


torch.manual_seed(0)
model = Shift()
print("accepted:", model.index.dtype,
      "requires_grad", model.index.requires_grad)

attempts = {
    "nn.Parameter(int tensor)": lambda: nn.Parameter(torch.tensor([3, 0])),
    "model.requires_grad_()": lambda: model.requires_grad_(),
    "p.requires_grad = True": lambda: [setattr(p, "requires_grad", True)
                                       for p in model.parameters()],
}
for label, attempt in attempts.items():
    try:
        attempt()
        print(f"{label}: no error")
    except RuntimeError as e:
        print(f"{label}: {type(e).__name__}: {e}")


# The fix: integer state in a buffer, never a parameter.
class ShiftBuffer(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(4, 4)
        self.register_buffer("index", torch.tensor([3, 0, 1, 2]))

    def forward(self, x):
        return self.linear(x[:, self.index])


torch.manual_seed(0)
fixed = ShiftBuffer()
fixed.requires_grad_()                     # reaches parameters only
print("parameters:", [n for n, _ in fixed.named_parameters()])
print("state_dict:", list(fixed.state_dict()))
fixed.to(torch.float64)                    # casts floating point tensors only
print("after .to(float64):", fixed.linear.weight.dtype, fixed.index.dtype)
x = torch.randn(2, 4, dtype=torch.float64)
optimizer = torch.optim.SGD(fixed.parameters(), lr=0.1)
before = fixed.linear.weight.clone()
fixed(x).sum().backward()
optimizer.step()
print("trains: weight changed", not torch.equal(before, fixed.linear.weight),
      "| index", fixed.index.tolist())

restored = ShiftBuffer()
restored.index.zero_()
restored.load_state_dict(fixed.state_dict())
print("loaded index:", restored.index.tolist())
assert restored.index.tolist() == [3, 0, 1, 2]

# A checkpoint saved from Shift, with the index as a parameter, has the same
# key, "index": it loads into ShiftBuffer with strict=True.
restored = ShiftBuffer()
restored.index.zero_()
print("Shift's checkpoint:", restored.load_state_dict(Shift().state_dict()),
      restored.index.tolist())

# Without a GPU DataParallel holds no device ids and calls the module
# itself; replicate is not reached.
dp = nn.DataParallel(Shift())
print("DataParallel device_ids:", dp.device_ids, "| output",
      tuple(dp(torch.randn(2, 4)).shape))
