# ModuleList[i] = module replaces the module at an existing index; it does
# not grow the list, so filling an empty ModuleList by index fails.
import torch
from torch import nn

torch.manual_seed(0)
blocks = nn.ModuleList()
try:
    blocks[0] = nn.Linear(2, 2)
except IndexError as e:
    print("blocks[0] = ... on an empty ModuleList: IndexError:", e)

# The fixes: append (or extend), or build the list first and pass it in.
appended = nn.ModuleList()
for i in range(3):
    appended.append(nn.Linear(2, 2))
built = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
print("append:", len(appended), list(dict(appended.named_children())),
      "| built:", len(built), list(dict(built.named_children())))

# Assigning to an index that exists replaces that module, registered under
# the same name; a negative index counts from the end.
new = nn.Linear(2, 2)
built[-1] = new
assert built[2] is new and built._modules["2"] is new
print("built[-1] = new: built[2] is new:", built[2] is new)
