# terminal: it starts two ranks with multiprocessing
# A job that hangs in all_reduce or barrier: the ranks do not run the same
# collectives. Rank 0 has 3 batches and rank 1 has 2, so rank 0's third
# all_reduce waits for a rank that went on to barrier(). With a 5-second
# timeout (gloo's default is 30 minutes) it fails instead of hanging; at the
# debug level DETAIL each rank checks the collective against the others' first.
# Then the fix: DistributedSampler gives each rank the same number of batches.
import datetime
import multiprocessing
import re
import tempfile

import torch
import torch.distributed as dist
from torch.utils.data import DataLoader, DistributedSampler


def train(rank, path, detail, fixed, results, done):
    if detail:
        dist.set_debug_level(dist.DebugLevel.DETAIL)
    # rank 0 gives up first (5 s); rank 1 would wait 30 s
    dist.init_process_group("gloo", init_method=f"file://{path}", rank=rank,
                            world_size=2,
                            timeout=datetime.timedelta(seconds=5 + 25 * rank))
    if fixed:
        sampler = DistributedSampler(range(5), num_replicas=2, rank=rank,
                                     shuffle=False)
        batches = list(DataLoader(range(5), sampler=sampler))
    else:
        batches = [0, 1, 2] if rank == 0 else [3, 4]  # uneven shards
    where = "start"
    try:
        for step, _ in enumerate(batches):
            where = f"all_reduce of step {step}"
            dist.all_reduce(torch.ones(2))  # as DDP's backward does
        where = "barrier"
        dist.barrier()
        results.put((rank, f"finished {len(batches)} steps"))
    except RuntimeError as error:
        text = str(error)
        own = re.search(r"Detected mismatch between collectives on ranks\. "
                        r"Rank \d is running collective: "
                        r"CollectiveFingerPrint\(SequenceNumber=\d+,? ?"
                        r"OpType=\w+", text)
        other = re.search(r"but Rank \d is running collective: "  # the peer's
                          r"CollectiveFingerPrint\(SequenceNumber=\d+,? ?"
                          r"OpType=\w+", text)
        results.put((rank, f"in {where}: RuntimeError: "
                     + (own[0] + " ...\n      ..., " + other[0] + " ..."
                        if own else re.sub(r"\[[\d.]+\]:\d+", "<address>",
                                           text.split("] ")[-1]))))
    finally:
        # A rank that exits closes its connections, and the other rank's
        # wait would end with "Connection closed by peer" instead of its own
        # timeout: each rank leaves only once both have their result.
        done.wait(60)


if __name__ == "__main__":
    print("default timeout of a process group:",
          torch.distributed.constants.default_pg_timeout)
    fork = multiprocessing.get_context("fork")
    for detail, fixed in ((False, False), (True, False), (False, True)):
        print(f"DETAIL={detail}, DistributedSampler={fixed}:")
        results, done = fork.SimpleQueue(), fork.Barrier(2)
        path = tempfile.mktemp()
        ranks = [fork.Process(target=train,
                              args=(r, path, detail, fixed, results, done))
                 for r in range(2)]
        for p in ranks:
            p.start()
        for p in ranks:
            p.join()
        for rank, text in sorted(results.get() for _ in ranks):
            print(f"  rank {rank}: {text}")
