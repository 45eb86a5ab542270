# --8<-- [start:source]
# nn.Embedding draws its table from N(0, 1), not from a fan-in bound,
# and zeroes the padding_idx row. Its reset_parameters, with the installed
# file's line numbers:
import inspect
import os

import torch
from torch import nn

site_packages = os.path.dirname(os.path.dirname(torch.__file__))
print("#", os.path.relpath(inspect.getsourcefile(nn.Embedding), site_packages))
lines, first = inspect.getsourcelines(nn.Embedding.reset_parameters)
for number, line in enumerate(lines, first):
    print(f"{number:5}  {line}".rstrip())
# --8<-- [end:source]

# --8<-- [start:values]
torch.manual_seed(0)
emb = nn.Embedding(num_embeddings=10000, embedding_dim=256, padding_idx=0)
lin = nn.Linear(256, 256)
print(f"Embedding weight: std {emb.weight[1:].std().item():.3f}, "
      f"padding row {emb.weight[0].abs().sum().item()}")
print(f"Linear weight:    std {lin.weight.std().item():.3f}")

emb(torch.tensor([0, 0, 5])).sum().backward()
print("padding row gets no gradient:", emb.weight.grad[0].abs().sum().item(),
      " row 5:", emb.weight.grad[5].abs().sum().item())

nn.init.normal_(emb.weight, std=0.02)  # a common smaller choice
print("normal_ overwrote the padding row too:",
      bool((emb.weight[0] != 0).any()))
with torch.no_grad():                  # re-zero the row by hand after it
    emb.weight[emb.padding_idx].zero_()
print(f"after normal_(std=0.02): std {emb.weight[1:].std().item():.4f}, "
      f"padding row {emb.weight[0].abs().sum().item()}")
# --8<-- [end:values]
