# terminal: it starts two ranks with multiprocessing
# What buffers are (tensors a module registers with register_buffer: in
# state_dict(), moved by .to(), not in parameters(), so no optimizer trains
# them), and DDP on a model that has none, on two ranks of gloo on the CPU:
# DDP finds no buffers, skips the broadcast before forward, and trains.
import runpy

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result}
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]

bn = nn.BatchNorm1d(2)
print("BatchNorm1d buffers:", [name for name, _ in bn.named_buffers()])
print("BatchNorm1d parameters:", [name for name, _ in bn.named_parameters()])
print("BatchNorm1d state_dict:", list(bn.state_dict()))
print("Linear buffers:", [name for name, _ in nn.Linear(2, 1).named_buffers()])


def run(rank):
    torch.manual_seed(rank)  # other initial weights on each rank
    model = DDP(nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(2):
        optimizer.zero_grad()
        model(torch.randn(8, 2)).sum().backward()
        optimizer.step()
    weight = model.module[0].weight.detach().clone()
    everyone = [torch.empty_like(weight) for _ in range(2)]
    dist.all_gather(everyone, weight)
    return (len(model.modules_buffers),
                        model.will_sync_module_buffers(),
                        torch.equal(*everyone))


if __name__ == "__main__":
    seen = run_ranks(run)
    for rank, (count, sync, same) in sorted(seen.items()):
        print(f"rank {rank}: two steps ran; buffers DDP collected: {count}, "
              f"syncs buffers before forward: {sync}, "
              f"weights equal on both ranks: {same}")
