# terminal: it starts two ranks with multiprocessing
# DDP's buffer broadcast, on two ranks of gloo on the CPU. Before a forward
# (forward_sync_buffers, on by default), DDP copies rank 0's buffers into every
# rank's, in place: a value changed only on rank 0 reaches rank 1 at the next
# forward, and one changed only on rank 1 is overwritten. A forward under
# torch.no_grad() (or inside model.no_sync()) turns the next broadcast off.
# Between an update and the next forward, an explicit dist.broadcast makes
# the ranks agree.
import runpy

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result}
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 1)
        # a value the model reads, e.g. weights per data domain
        self.register_buffer("weights", torch.full((3,), 1.0))

    def forward(self, x):
        self.used = self.weights.tolist()  # what this forward reads
        return self.linear(x * self.weights)


def run(rank):
    seen = []

    def look(stage):
        seen.append((stage, model.module.weights.tolist()))

    def step():
        model(torch.randn(4, 3)).sum().backward()
        seen.append(("the next forward used", model.module.used))

    torch.manual_seed(rank)
    net = Net()
    if rank == 1:
        net.weights.fill_(9.0)  # rank 1 starts with other values
    model = DDP(net)  # the first broadcast: rank 0's parameters and buffers
    look("after DDP(...)")
    weights = model.module.weights
    with torch.no_grad():
        if rank == 0:
            weights.copy_(torch.tensor([0.5, 0.25, 0.25]))  # rank 0 only
    look("rank 0 updated it")
    step()
    with torch.no_grad():
        if rank == 1:
            weights.fill_(2.0)  # rank 1 only
    look("rank 1 updated it")
    step()
    with torch.no_grad():
        model(torch.randn(4, 3))  # a forward without gradients: evaluation
        if rank == 1:
            weights.fill_(3.0)  # rank 1 only
    look("no_grad forward, rank 1 updated")
    step()  # DDP skips the broadcast after a forward without gradients
    assert model.module.weights is weights  # written in place, never replaced
    with torch.no_grad():
        if rank == 0:
            weights.copy_(torch.tensor([0.75, 0.125, 0.125]))
    dist.broadcast(weights, src=0)  # explicit: every rank, at once
    look("rank 0 updated, dist.broadcast")
    return seen


if __name__ == "__main__":
    seen = run_ranks(run)
    print(f"{'buffer weights':32} {'rank 0':20} rank 1")
    for (stage, on_0), (_, on_1) in zip(seen[0], seen[1]):
        print(f"{stage:32} {str(on_0):20} {on_1}")
