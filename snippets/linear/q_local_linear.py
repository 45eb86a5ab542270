# A Linear with local connections: output j reads only inputs j..j+k-1.
# Stored as a masked dense weight, and stored as only its k weights per
# output, gathered from the input; the two compute the same thing.
import torch
from torch import nn

n_in, k = 1000, 5
n_out = n_in - k + 1
idx = torch.arange(n_out).unsqueeze(1) + torch.arange(k)   # (n_out, k)


class LocalLinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_out, k) / k ** 0.5)
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):                  # x: (N, n_in)
        return (x[:, idx] * self.weight).sum(-1) + self.bias


torch.manual_seed(0)
local = LocalLinear()
mask = torch.zeros(n_out, n_in)
mask[torch.arange(n_out).unsqueeze(1), idx] = 1
dense = nn.Linear(n_in, n_out)
with torch.no_grad():  # the same numbers, as a dense weight
    dense.weight.zero_()
    dense.weight[torch.arange(n_out).unsqueeze(1), idx] = local.weight
    dense.bias.copy_(local.bias)

x = torch.randn(32, n_in)
print("same output:", torch.allclose(local(x), dense(x), atol=1e-5))
for name, m in [("LocalLinear", local), ("masked nn.Linear", dense)]:
    print(f"{name:17} {sum(p.numel() for p in m.parameters()):7,} parameters")

# Trained as a masked Linear, the weights outside the mask must stay zero:
# multiply by the mask in forward, so their gradient is zero too.
out = nn.functional.linear(x, dense.weight * mask, dense.bias)
out.sum().backward()
print("gradient outside the mask:",
      dense.weight.grad[mask == 0].abs().max().item())
sparse_w = (dense.weight * mask).detach().to_sparse()
print("as a sparse COO weight:", sparse_w._nnz(), "stored values,",
      "same output:", torch.allclose(
          (sparse_w @ x.T).T + dense.bias, dense(x), atol=1e-5))
