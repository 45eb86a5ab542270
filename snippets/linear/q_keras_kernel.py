# A Dense kernel from Keras/TensorFlow, stored (input_dim, units) and used
# as x @ kernel + bias, loaded into nn.Linear, stored (out, in).
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
torch.manual_seed(0)
kernel = rng.standard_normal((3, 2)).astype(np.float32)  # (input_dim, units)
bias = rng.standard_normal(2).astype(np.float32)
x = rng.standard_normal((4, 3)).astype(np.float32)
expected = x @ kernel + bias                             # what Dense computes

lin = nn.Linear(3, 2)
try:
    lin.load_state_dict({"weight": torch.from_numpy(kernel),
                         "bias": torch.from_numpy(bias)})
except RuntimeError as e:
    print("kernel as it is:", str(e).splitlines()[-1].strip())
lin.load_state_dict({"weight": torch.from_numpy(kernel.T.copy()),
                     "bias": torch.from_numpy(bias)})
with torch.no_grad():
    got = lin(torch.from_numpy(x)).numpy()
print("kernel.T loaded, same outputs as Keras:",
      np.allclose(got, expected, atol=1e-6))
assert np.allclose(got, expected, atol=1e-6)

# Keras's Dense starts from glorot_uniform weights and zero biases; to
# start a PyTorch port the same way, re-initialise after building.
port = nn.Linear(3, 2)
nn.init.xavier_uniform_(port.weight)
nn.init.zeros_(port.bias)
print("xavier_uniform_ bound sqrt(6/(3+2)):", round((6 / 5) ** 0.5, 4),
      "| largest |w|:", round(port.weight.abs().max().item(), 4),
      "| bias:", port.bias.tolist())
