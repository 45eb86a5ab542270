# terminal: it starts two ranks with multiprocessing
# Why stepping over `model = DDP(model)` in a debugger on one rank does not
# return: DDP's constructor runs collectives, which wait for every rank. Rank 1
# stands for a rank paused in a debugger: it reaches DDP(...) only once rank 0
# is inside it. The two functions DDP's constructor calls for its collectives
# are wrapped to log their calls.
import multiprocessing
import tempfile
import time

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def logged(name, function, log):
    def wrapper(*args, **kwargs):
        log.append(name)
        return function(*args, **kwargs)
    return wrapper


def rank_main(rank, path, results, rank0_in, rank1_in):
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2)
    log = []
    for name in ("_verify_params_across_processes", "_broadcast_coalesced"):
        setattr(dist, name, logged(name, getattr(dist, name), log))
    torch.manual_seed(rank)  # different weights on each rank, on purpose
    model = nn.Linear(4, 2)
    if rank == 0:
        before = rank1_in.is_set()  # False: rank 1 waits for rank0_in
        rank0_in.set()
    else:  # paused at a breakpoint on the line above DDP(...)
        rank0_in.wait()
        time.sleep(1)
        rank1_in.set()
    model = DDP(model)
    if rank == 0:
        results.put(f"rank 0: had rank 1 entered DDP(...)? when rank 0 "
                    f"entered it: {before}; when it returned: "
                    f"{rank1_in.is_set()}")
    weights = [torch.zeros_like(model.module.weight) for _ in range(2)]
    dist.all_gather(weights, model.module.weight.detach())
    results.put(f"rank {rank}: DDP(...) called {', '.join(log)}; weights "
                f"equal on both ranks afterwards: {torch.equal(*weights)}")
    dist.destroy_process_group()


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    results = fork.SimpleQueue()
    rank0_in, rank1_in = fork.Event(), fork.Event()
    with tempfile.TemporaryDirectory() as tmp:
        ranks = [fork.Process(target=rank_main,
                              args=(r, f"{tmp}/init", results, rank0_in,
                                    rank1_in))
                 for r in range(2)]
        for p in ranks:
            p.start()
        for p in ranks:
            p.join()
    print(*sorted(results.get() for _ in range(3)), sep="\n")
