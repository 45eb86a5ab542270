# DistributedDataParallel and a registered layer that forward does not use:
# DDP waits for a gradient of every parameter it was given, and the second
# iteration raises. Run here on the CPU: one process, the gloo backend, an
# in-memory store.
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(8, 8)
        self.head = nn.Linear(8, 2)
        self.old_head = nn.Linear(8, 10)   # registered, never used in forward

    def forward(self, x):
        return self.head(torch.relu(self.body(x)))


def train_two_steps(model, **ddp_options):
    ddp = DDP(model, **ddp_options)
    for _ in range(2):
        ddp(torch.randn(4, 8)).sum().backward()
    return "two steps ran"


dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
torch.manual_seed(0)
model = Net()
try:
    train_two_steps(model)
except RuntimeError as e:
    lines = str(e).splitlines()
    print("RuntimeError:", lines[0].split(". ")[0] + ".")
    indices = [line for line in lines if line.startswith("Parameter indices")][0]
    print(indices)
    names = [n for n, _ in model.named_parameters()]
    print("those indices name:",
          [names[int(i)] for i in indices.split(":")[1].split()])

# Fix 1: remove what forward does not use (or use it).
lean = Net()
del lean.old_head
print("without old_head:", train_two_steps(lean))
# Fix 2: let DDP look for unused parameters: it then walks the autograd graph
# from forward's outputs on every step.
print("find_unused_parameters=True:",
      train_two_steps(Net(), find_unused_parameters=True))
dist.destroy_process_group()
