# terminal: it starts two ranks with multiprocessing
# What buffers are (tensors a module registers with register_buffer: in
# state_dict(), moved by .to(), not in parameters(), so no optimizer trains
# them), and DDP on a model that has none, on two ranks of gloo on the CPU:
# DDP finds no buffers, skips the broadcast before forward, and trains.
import multiprocessing
import os
import sys
import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

bn = nn.BatchNorm1d(2)
print("BatchNorm1d buffers:", [name for name, _ in bn.named_buffers()])
print("BatchNorm1d parameters:", [name for name, _ in bn.named_parameters()])
print("BatchNorm1d state_dict:", list(bn.state_dict()))
print("Linear buffers:", [name for name, _ in nn.Linear(2, 1).named_buffers()])


def run(rank, path, results, done):
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2)
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
    results.put((rank, (len(model.modules_buffers),
                        model.will_sync_module_buffers(),
                        torch.equal(*everyone))))
    # Both ranks are through their collectives: leave without tearing down
    # DDP and the gloo group, whose threads, freed by the interpreter, can
    # deadlock with it over the GIL.
    done.wait()
    os._exit(0)


if __name__ == "__main__":
    sys.stdout.flush()  # or each forked rank writes the lines above again
    fork = multiprocessing.get_context("fork")
    results, done = fork.SimpleQueue(), fork.Barrier(2)
    with tempfile.TemporaryDirectory() as tmp:
        ranks = [fork.Process(target=run,
                              args=(r, f"{tmp}/init", results, done))
                 for r in range(2)]
        for p in ranks:
            p.start()
        seen = dict(results.get() for _ in ranks)
        for p in ranks:
            p.join()
    for rank, (count, sync, same) in sorted(seen.items()):
        print(f"rank {rank}: two steps ran; buffers DDP collected: {count}, "
              f"syncs buffers before forward: {sync}, "
              f"weights equal on both ranks: {same}")
