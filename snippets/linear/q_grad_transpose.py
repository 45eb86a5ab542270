# Where the transpose in dL/dW = gᵀx comes from: one weight W[j, i] touches
# every y[n, j] through x[n, i], so its gradient sums g[n, j] * x[n, i].
import torch
from torch import nn

torch.manual_seed(0)
N, n_in, n_out = 5, 3, 2
x = torch.randn(N, n_in)
lin = nn.Linear(n_in, n_out)
y = lin(x)
g = torch.randn(N, n_out)  # dL/dy, whatever the loss
y.backward(g)

by_element = torch.zeros(n_out, n_in)
for j in range(n_out):
    for i in range(n_in):
        by_element[j, i] = sum(g[n, j] * x[n, i] for n in range(N))
print("element sums == autograd:", torch.allclose(by_element, lin.weight.grad))
print("g.T @ x      == autograd:", torch.allclose(g.T @ x, lin.weight.grad))
print("shapes: g.T", tuple(g.T.shape), "@ x", tuple(x.shape), "->",
      tuple((g.T @ x).shape), "= weight", tuple(lin.weight.shape))
try:
    g @ x.T  # the other order: here 2 outputs and 3 inputs
    print("g @ x.T has shape", tuple((g @ x.T).shape))
except RuntimeError as e:
    print("g @ x.T: RuntimeError:", e)
# With as many outputs as inputs it does multiply, but gives (N, N):
g_square = torch.randn(N, n_in)
print("out == in: g @ x.T has shape", tuple((g_square @ x.T).shape))
