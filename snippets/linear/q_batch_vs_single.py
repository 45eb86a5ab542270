# One sample alone, or the same sample inside a batch: the same formula,
# but a different matrix-multiply kernel adds the products in its own
# order, so the last bits can differ.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(256, 256)
batch = torch.randn(64, 256)
with torch.no_grad():
    together = lin(batch)
    one_by_one = torch.cat([lin(batch[i:i + 1]) for i in range(64)])
    again = torch.cat([lin(batch[i:i + 1]) for i in range(64)])

print("batched vs one at a time, equal:", torch.equal(together, one_by_one))
print("  close (rtol=1e-5, atol=1e-6): ",
      torch.allclose(together, one_by_one, rtol=1e-5, atol=1e-6))
print("one at a time, twice, equal:    ", torch.equal(one_by_one, again))

lin64, batch64 = lin.double(), batch.double()  # float64: far smaller errors
with torch.no_grad():
    gap64 = (lin64(batch64)
             - torch.cat([lin64(batch64[i:i + 1]) for i in range(64)]))
print("float64, largest difference below 1e-12:",
      bool(gap64.abs().max() < 1e-12))
