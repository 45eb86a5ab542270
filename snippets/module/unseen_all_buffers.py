# A model that registers every weight as a buffer has no parameters.
# The shape of EchoTorch's ESN: a fixed reservoir and a readout, w_out,
# that a closed-form solve computes, all three kept as buffers.
import torch
from torch import nn

torch.manual_seed(0)


class Reservoir(nn.Module):
    def __init__(self, n_in, n_res):
        super().__init__()
        self.register_buffer("w_in", torch.randn(n_res, n_in))
        self.register_buffer("w", torch.randn(n_res, n_res) * 0.1)

    def forward(self, u):
        x = torch.tanh(u @ self.w_in.T)
        return torch.tanh(u @ self.w_in.T + x @ self.w.T)


class Readout(nn.Module):
    def __init__(self, n_res, n_out):
        super().__init__()
        self.register_buffer("w_out", torch.zeros(n_out, n_res))

    def forward(self, x):
        return x @ self.w_out.T


esn = nn.Sequential(Reservoir(2, 5), Readout(5, 1))
print("buffers:", [n for n, _ in esn.named_buffers()])
try:
    torch.optim.SGD(esn.parameters(), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

# To train the readout by gradient descent, make it a Parameter:
# assigning a Parameter to a buffer's name moves it to _parameters.
readout = esn[1]
readout.w_out = nn.Parameter(readout.w_out.clone())
print("parameters:", [n for n, _ in esn.named_parameters()],
      "| buffers:", [n for n, _ in esn.named_buffers()])
w_before = esn[0].w.clone()
opt = torch.optim.SGD(esn.parameters(), lr=0.1)
u, y = torch.randn(8, 2), torch.randn(8, 1)
loss = nn.functional.mse_loss(esn(u), y)
loss.backward()
opt.step()
print("w_out moved:", not torch.equal(readout.w_out, torch.zeros(1, 5)),
      "| reservoir unchanged:", torch.equal(esn[0].w, w_before))
