# terminal: it starts two ranks with multiprocessing
# A training loop where one rank skips a step (a bad batch, a NaN loss): the
# ranks' all_reduce calls no longer pair up, and the first collective that
# differs fails under the debug level DETAIL (TORCH_DISTRIBUTED_DEBUG=DETAIL).
# An all_reduce of each gradient stands in for DDP's, which all-reduces them by
# bucket in backward. Then the fix: the ranks decide together whether to skip,
# with an all_reduce of a flag.
import datetime
import multiprocessing
import re
import tempfile

import torch
import torch.distributed as dist
from torch import nn


def train(rank, path, agree, results):
    dist.set_debug_level(dist.DebugLevel.DETAIL)
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2,
                            timeout=datetime.timedelta(seconds=20))
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    steps, where = 0, "start"
    try:
        for step in range(3):
            where = f"the all_reduce of step {step}"
            bad = rank == 0 and step == 1  # rank 0's second batch is bad
            if agree:  # every rank learns whether any rank has a bad batch
                flag = torch.tensor([float(bad)])
                dist.all_reduce(flag, op=dist.ReduceOp.MAX)
                bad = bool(flag)
            if bad:
                continue  # skip this step, on this rank only unless agreed
            model(torch.randn(2, 4)).sum().backward()
            for p in model.parameters():  # what DDP's backward does, by bucket
                dist.all_reduce(p.grad)
            steps += 1
        where = "the barrier"
        dist.barrier()  # e.g. before rank 0 saves a checkpoint
        results.put((rank, f"trained {steps} steps, reached the barrier"))
    except RuntimeError as error:
        text = re.sub(r", TensorDtypes=.*?\(nullopt\)\)\)", ", ...)",
                      str(error))
        results.put((rank, f"in {where}: {type(error).__name__}: "
                     + text.split(".Collectives differ")[0]))
    dist.destroy_process_group()


if __name__ == "__main__":
    fork = multiprocessing.get_context("fork")
    for agree in (False, True):
        print("skip agreed by all ranks:" if agree else "rank 0 skips alone:")
        results = fork.SimpleQueue()
        with tempfile.TemporaryDirectory() as tmp:
            ranks = [fork.Process(target=train,
                                  args=(r, f"{tmp}/init", agree, results))
                     for r in range(2)]
            for p in ranks:
                p.start()
            for p in ranks:
                p.join()
        for rank, text in sorted(results.get() for _ in ranks):
            print(f"  rank {rank}: {text}")
