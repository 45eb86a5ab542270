# terminal: it starts a process group, which lives as long as the process
# DDP with a parameter forward never uses: the second iteration fails. The
# error lists the parameters' indices; with the debug level DETAIL (what
# TORCH_DISTRIBUTED_DEBUG=DETAIL sets), their names. One rank of gloo on the
# CPU is enough to see it.
import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.aux = nn.Linear(4, 1)  # defined, never used in forward
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        return self.head(torch.relu(self.body(x)))


def train(**ddp_options):
    torch.manual_seed(0)
    model = DDP(Net(), **ddp_options)
    try:
        for step in range(2):
            model(torch.randn(2, 4)).sum().backward()
    except RuntimeError as error:
        lines = str(error).splitlines()
        print("  RuntimeError:", lines[0].split(". ")[0] + ".")
        print(*["  " + line.strip() for line in lines
                if line.startswith("Parameter")], sep="\n")
        return
    print("  two iterations ran")


names = [name for name, _ in Net().named_parameters()]
print("indices 2 and 3 in named_parameters():", names[2], names[3])
with tempfile.TemporaryDirectory() as tmp:
    dist.init_process_group("gloo", init_method=f"file://{tmp}/init",
                            rank=0, world_size=1)
    for level in ("OFF", "DETAIL"):
        dist.set_debug_level(getattr(dist.DebugLevel, level))
        print(f"debug level {level}:")
        train()
    print("find_unused_parameters=True:")
    train(find_unused_parameters=True)
    dist.destroy_process_group()
