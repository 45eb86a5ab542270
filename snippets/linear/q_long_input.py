# Integer input into nn.Linear: where the message comes from, the cast that
# fixes it, and Embedding for inputs that are indices.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
x = torch.tensor([[1, 2, 3]])  # int64, e.g. from a list of ints or NumPy
try:
    lin(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print("x.float():", lin(x.float()))

# Indices (token ids, class ids) are not quantities: one-hot times a
# weight matrix is a row lookup, which nn.Embedding does directly.
ids = torch.tensor([2, 0])
emb = nn.Embedding(3, 2)
onehot = F.one_hot(ids, num_classes=3).float()
print("embedding:      ", emb(ids))
print("one-hot @ weight:", onehot @ emb.weight)
print("equal:", torch.equal(emb(ids), onehot @ emb.weight))
