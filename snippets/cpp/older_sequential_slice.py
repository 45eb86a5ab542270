# "TypeError: '<=' not supported between instances of 'int' and 'slice'"
# from net[:-1] in the release of pytorch/pytorch#4535: ints only.
from collections import OrderedDict

import torch
from torch import nn

net = nn.Sequential(OrderedDict(first=nn.Linear(2, 2),
                                second=nn.Linear(2, 2),
                                third=nn.Linear(2, 2)))
idx = slice(None, -1)
try:
    -len(net) <= idx < len(net)        # the old bound check, on a slice
except TypeError as e:
    print(f"{type(e).__name__}: {e}")

head = net[:-1]                        # this torch: a Sequential
assert type(head) is nn.Sequential and head[0] is net[0]
print("net[:-1]:", list(head._modules))

portable = nn.Sequential(*list(net)[:-1])  # runs on old releases too
torch.manual_seed(0)
x = torch.randn(1, 2)
assert torch.equal(head(x), portable(x))
print("list(net)[:-1]:", list(portable._modules), "same output")
