# Loading code that cuts "module." with a fixed slice, k[7:], meant for a
# checkpoint saved from DataParallel or DDP, given one saved without them:
# every key loses its first 7 characters. Strip the prefix only where it is.
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer_list = nn.ModuleList([nn.Linear(2, 2)])
        self.head = nn.Linear(2, 1)


torch.manual_seed(0)
saved = Net().state_dict()  # saved without a wrapper: no "module." prefix
chopped = {k[7:]: v for k, v in saved.items()}
print("k[7:]:", list(chopped))
try:
    Net().load_state_dict(chopped)
except RuntimeError as error:
    for line in str(error).splitlines()[1:]:
        print(line.strip())
fixed = {k.removeprefix("module."): v for k, v in saved.items()}
print("removeprefix:", list(fixed))
print(Net().load_state_dict(fixed))
assert list(fixed) == list(saved)
wrapped = {"module." + k: v for k, v in saved.items()}  # as from DataParallel
assert [k.removeprefix("module.") for k in wrapped] == list(saved)
