# terminal: it starts two ranks with multiprocessing
# BatchNorm's running statistics under data parallelism. DataParallel without a
# GPU runs the module itself; with two GPUs it would run replica 0, which
# shares the module's buffers, and replica 1, which has copies: a stand-in
# (the module and a deepcopy of it) shows what the module keeps. Under DDP on
# two ranks of gloo: each rank updates its own statistics, and the next
# forward's broadcast replaces them with rank 0's. SyncBatchNorm refuses the
# CPU; averaging the statistics with all_reduce is the fix that runs here.
# The ranks are forked first, and this process runs a BatchNorm only after
# them: a process forked after its parent used torch's CPU thread pool can
# hang in it.
import copy
import runpy

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

# run_ranks(run): run(rank) on ranks 0 and 1 of a gloo group, {rank: result}
run_ranks = runpy.run_path("snippets/module/two_ranks.py")["run_ranks"]

torch.manual_seed(0)
batch = torch.randn(8, 2) * torch.tensor([1.0, 3.0]) + torch.tensor([0.0, 5.0])
halves = batch.chunk(2)  # what DataParallel's scatter gives two devices


def rounded(t):
    return [round(v, 4) for v in t.tolist()]


def stats(bn):
    return f"running_mean {rounded(bn.running_mean)}"


def average(bn):  # all_reduce the running statistics, divide by 2 ranks
    for buffer in (bn.running_mean, bn.running_var):
        dist.all_reduce(buffer)
        buffer /= dist.get_world_size()


def run(rank):
    lines = []
    whole = nn.BatchNorm1d(2)
    whole(batch)
    model = DDP(nn.Sequential(nn.Linear(2, 2, bias=False), nn.BatchNorm1d(2)))
    with torch.no_grad():
        model.module[0].weight.copy_(torch.eye(2))  # BatchNorm sees the input
    bn = model.module[1]
    model(halves[rank]).sum().backward()
    lines.append(f"after a forward on its half:  {stats(bn)}")
    model.eval()
    with torch.no_grad():
        model(halves[rank])  # the broadcast runs before this forward too
    lines.append(f"after the next forward:       {stats(bn)}")

    # the fix that runs on the CPU: average the statistics over the ranks
    model.train()
    bn.reset_running_stats()
    model(halves[rank]).sum().backward()
    average(bn)
    lines.append(f"all_reduce, then / 2:         {stats(bn)}")
    assert torch.allclose(bn.running_mean, whole.running_mean)
    lines.append(f"running_var, averaged: {rounded(bn.running_var)}, "
                 f"whole batch: {rounded(whole.running_var)}")
    # three steps: the broadcast before each forward puts rank 0's statistics
    # back, so an average taken only at the end misses rank 1's batches
    for every_step in (False, True):
        bn.reset_running_stats()
        whole.reset_running_stats()
        for step in range(3):
            whole(batch + step)
            model((batch + step).chunk(2)[rank]).sum().backward()
            if every_step:
                average(bn)
        if not every_step:
            average(bn)
        when = "after each step" if every_step else "only at the end"
        lines.append(f"3 steps, averaged {when}: {stats(bn)}")
        same = torch.allclose(bn.running_mean, whole.running_mean)
        assert same == every_step
    lines.append(f"3 steps, whole batches:            {stats(whole)}")

    net = nn.SyncBatchNorm.convert_sync_batchnorm(
        nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2)))
    lines.append(f"convert_sync_batchnorm: {type(net[1]).__name__}")
    for label, build in (("DDP(...) of it", lambda: DDP(net)),
                         ("its forward", lambda: net(halves[rank]))):
        try:
            build()
        except ValueError as e:
            lines.append(f"{label}: {type(e).__name__}: {e}")
    return lines


def one_process():
    lines = []
    whole = nn.BatchNorm1d(2)
    whole(batch)
    lines.append(f"BatchNorm1d on the whole batch:       {stats(whole)}")
    dp = nn.DataParallel(nn.BatchNorm1d(2))
    dp(batch)
    lines.append(f"DataParallel here (device_ids {dp.device_ids}): "
                 f"{stats(dp.module)}")
    assert torch.equal(dp.module.running_mean, whole.running_mean)
    module = nn.BatchNorm1d(2)
    replicas = [module, copy.deepcopy(module)]  # stand-in for 2 GPUs' replicas
    for replica, half in zip(replicas, halves):
        replica(half)
    first = nn.BatchNorm1d(2)
    first(halves[0])
    lines.append(f"stand-in for two GPUs, module keeps:  {stats(module)}")
    assert torch.equal(module.running_mean, first.running_mean)  # half 0 only
    return lines


if __name__ == "__main__":
    lines = run_ranks(run)
    lines["one process"] = one_process()  # after the forks, in this process
    print(*lines["one process"], sep="\n")
    for rank in (0, 1):
        print(f"DDP, rank {rank}:")
        print(*[f"  {line}" for line in lines[rank]], sep="\n")
