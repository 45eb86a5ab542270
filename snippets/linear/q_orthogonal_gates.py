# orthogonal_ on an LSTM's weight_hh (4H x H) makes the stacked matrix
# orthogonal, not each gate's H x H block. Initialise block by block.
import torch
from torch import nn

torch.manual_seed(0)
H = 8
lstm = nn.LSTM(input_size=5, hidden_size=H)
eye = torch.eye(H)


def block_errors(weight):
    """max |Q^T Q - I| for each gate's H x H block."""
    return [round((q.T @ q - eye).abs().max().item(), 3)
            for q in weight.detach().split(H)]


nn.init.orthogonal_(lstm.weight_hh_l0)
w = lstm.weight_hh_l0.detach()
print("whole matrix: columns orthonormal:",
      torch.allclose(w.T @ w, eye, atol=1e-5))
print("  per gate, max |Q^T Q - I|:", block_errors(w))
with torch.no_grad():
    for block in lstm.weight_hh_l0.split(H):  # views into the parameter
        nn.init.orthogonal_(block)
print("block by block, max |Q^T Q - I|:", block_errors(lstm.weight_hh_l0))
