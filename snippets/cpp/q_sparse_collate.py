# "Batches of sparse tensors are not currently supported by the default
# collate_fn": a Dataset whose samples are sparse, and a collate_fn for them.
import torch
from torch.utils.data import DataLoader


def sample(k):
    """A sparse 2x3 matrix and a label, as a graph or bag-of-words dataset
    returns them."""
    matrix = torch.sparse_coo_tensor([[0, 1], [k % 3, (k + 1) % 3]],
                                     [1.0, 2.0], (2, 3),
                                     check_invariants=True)
    return matrix, k % 2


data = [sample(k) for k in range(4)]
try:
    next(iter(DataLoader(data, batch_size=2)))
except RuntimeError as e:
    print("RuntimeError:", e)


def stack_sparse(batch):
    """Stacks the sparse matrices into one sparse tensor, the labels into
    one dense tensor."""
    matrices, labels = zip(*batch)
    return torch.stack(matrices), torch.tensor(labels)


matrices, labels = next(iter(DataLoader(data, batch_size=2,
                                        collate_fn=stack_sparse)))
print("collate_fn=stack_sparse:", matrices.layout, tuple(matrices.shape),
      "| labels", labels)
assert torch.equal(matrices.to_dense()[1], data[1][0].to_dense())
# stack has no sparse kernel of its own; its kernel calls cat, which has one
has_kernel = torch._C._dispatch_has_kernel_for_dispatch_key
print("a SparseCPU kernel: aten::stack",
      has_kernel("aten::stack", "SparseCPU"),
      "| aten::cat", has_kernel("aten::cat", "SparseCPU"),
      "| aten::stack has CompositeExplicitAutograd",
      has_kernel("aten::stack", "CompositeExplicitAutograd"))
