# "Expected tensor for argument #1 'indices' to have scalar type Long; but
# got torch.IntTensor instead": the message of older releases (torch 1.7.1
# still gave it), whose embedding took int64 ids only. torch 2.13.0 takes
# int32 ids as well.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(10, 3)

# ids from NumPy keep NumPy's dtype: an int32 array gives an int32 tensor,
# as np.array of Python ints gave on Windows before NumPy 2.0
ids_np = np.array([[1, 4, 2]], dtype=np.int32)
ids = torch.from_numpy(ids_np)
print("torch.from_numpy(int32 array).dtype:", ids.dtype)
print("np.array([1, 4, 2]).dtype here:", np.array([1, 4, 2]).dtype)

out32 = emb(ids)                         # accepted by torch 2.13.0
out64 = emb(ids.long())                  # what older releases required
assert torch.equal(out32, out64)
print("emb(int32 ids) == emb(ids.long()):", torch.equal(out32, out64))

# the backward accepts them too: the same gradient either way
g32 = torch.autograd.grad(emb(ids).sum(), emb.weight)[0]
g64 = torch.autograd.grad(emb(ids.long()).sum(), emb.weight)[0]
assert torch.equal(g32, g64)
print("same weight gradient:", torch.equal(g32, g64))

# .long() is still the fix for operators that take int64 only
for shown, run in {
    "F.one_hot(ids, 10)": lambda i: nn.functional.one_hot(i, 10),
    "F.cross_entropy(logits, ids[0])":
        lambda i: nn.functional.cross_entropy(torch.randn(3, 10), i[0]),
}.items():
    try:
        run(ids)
    except RuntimeError as e:
        print(f"{shown}\n  {type(e).__name__}: {e}")
    print(f"  with ids.long(): {tuple(run(ids.long()).shape)}")
