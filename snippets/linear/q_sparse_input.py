# A sparse input to nn.Linear: a 2-D sparse tensor works, a 3-D one does
# not, and an EmbeddingBag computes the same product from the indices.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(1000, 4)
dense = torch.zeros(3, 1000)
dense[0, 7], dense[0, 42], dense[2, 999] = 1.0, 2.0, 1.0  # mostly zeros
x = dense.to_sparse()                                      # COO, 3 values
y = lin(x)
print("2-D sparse input:", x.layout, "->", y.layout, tuple(y.shape),
      "| equal to dense input:", torch.allclose(y, lin(dense)))
y.sum().backward()
print("weight gradient:", tuple(lin.weight.grad.shape))

batch = torch.zeros(2, 3, 1000)
batch[0, 1, 5] = 1.0
try:
    lin(batch.to_sparse())
except RuntimeError as e:
    print("3-D sparse input: RuntimeError:", e)
# Fix: merge the leading dimensions into rows in the indices themselves.
sp = batch.to_sparse().coalesce()
i = sp.indices()
rows = torch.sparse_coo_tensor(torch.stack([i[0] * 3 + i[1], i[2]]),
                               sp.values(), (6, 1000), check_invariants=True)
out = lin(rows).view(2, 3, 4)
print("merged to (6, 1000) and back:", tuple(out.shape),
      torch.allclose(out, lin(batch)))

# When the input is a bag of indices with counts, nn.EmbeddingBag skips
# the zeros altogether; its weight is the Linear's weight transposed.
bag = nn.EmbeddingBag(1000, 4, mode="sum")
with torch.no_grad():
    bag.weight.copy_(lin.weight.T)
ids = torch.tensor([7, 42, 999])
offsets = torch.tensor([0, 2, 2])  # sample 0: 7, 42; 1: none; 2: 999
counts = torch.tensor([1.0, 2.0, 1.0])
z = bag(ids, offsets, per_sample_weights=counts) + lin.bias
print("EmbeddingBag + bias equal:", torch.allclose(z, lin(dense), atol=1e-6))
assert torch.allclose(z, lin(dense), atol=1e-6)
