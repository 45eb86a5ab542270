# A layer that stores its weight (in_features, out_features), as GPT-2's
# Conv1D in transformers does, next to nn.Linear's (out, in).
import torch
from torch import nn


class Conv1D(nn.Module):  # stores and applies W as transformers' Conv1D
    def __init__(self, nf, nx):  # nf outputs, nx inputs
        super().__init__()
        self.weight = nn.Parameter(torch.randn(nx, nf) * 0.02)  # (in, out)
        self.bias = nn.Parameter(torch.zeros(nf))

    def forward(self, x):  # x @ W, no transpose
        return torch.addmm(self.bias, x.view(-1, x.size(-1)), self.weight)


torch.manual_seed(0)
conv1d, lin = Conv1D(6, 4), nn.Linear(4, 6)
print("Conv1D weight:", tuple(conv1d.weight.shape), " Linear weight:",
      tuple(lin.weight.shape))
x = torch.randn(2, 4)

# Wrapping code that assumes nn.Linear's layout computes x @ W.T:
try:
    nn.functional.linear(x, conv1d.weight, conv1d.bias)
except RuntimeError as e:
    print("F.linear(x, conv1d.weight):", e)
sq = Conv1D(4, 4)  # square: no error, a wrong result
wrong = nn.functional.linear(x, sq.weight, sq.bias)
print("square layer, F.linear without transpose, equal:",
      torch.allclose(wrong, sq(x)))
right = nn.functional.linear(x, sq.weight.T, sq.bias)  # fan_in_fan_out=True
print("with weight.T, equal:", torch.allclose(right, sq(x)))

# A LoRA update B @ A is (out, in); added to a Conv1D weight it must be
# transposed, and reading in_features from shape[1] gets the outputs.
A, B = torch.randn(2, 4), torch.randn(6, 2)  # rank 2: (r, in), (out, r)
try:
    conv1d.weight + B @ A
except RuntimeError as e:
    print("W + B @ A:", e)
merged = conv1d.weight + (B @ A).T
print("W + (B @ A).T:", tuple(merged.shape))
out_f, in_f = lin.weight.shape
print("nn.Linear: weight.shape is (out, in) =", (out_f, in_f),
      " Conv1D: weight.shape is (in, out) =", tuple(conv1d.weight.shape))
assert torch.allclose(x @ merged + conv1d.bias,
                      conv1d(x) + x @ A.T @ B.T, atol=1e-5)
