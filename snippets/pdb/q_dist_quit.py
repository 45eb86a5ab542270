# terminal: pdb in a notebook kernel asks the kernel for input, not fd 0
# `q` at torch.distributed.breakpoint(rank=1): bdb.BdbQuit ends rank 1 with
# an exception, before the barrier the other ranks wait in. With gloo,
# rank 0's barrier fails as soon as rank 1's connection closes.
import bdb
import multiprocessing
import os
import tempfile
import time

import torch.distributed as dist


def train(rank, init_file):
    dist.init_process_group("gloo", init_method=f"file://{init_file}",
                            rank=rank, world_size=2)
    start = time.monotonic()
    try:
        dist.breakpoint(rank=1)
    except bdb.BdbQuit:
        print(f"\nrank {rank}: bdb.BdbQuit", flush=True)
        raise SystemExit(1)
    except RuntimeError as error:
        quick = time.monotonic() - start < 30  # the timeout is an hour
        print(f"rank {rank}: {type(error).__name__} in the barrier, "
              f"within 30 seconds: {quick}", flush=True)
        return
    print(f"rank {rank} is past dist.breakpoint", flush=True)


with tempfile.TemporaryDirectory() as tmp:
    # a pseudo-terminal on fd 0, and what you would type at rank 1's (Pdb)
    terminal, fd = os.openpty()
    os.dup2(fd, 0)
    os.write(terminal, b"q\n")
    fork = multiprocessing.get_context("fork")
    rank1 = fork.Process(target=train, args=(1, f"{tmp}/init"))
    rank1.start()
    train(0, f"{tmp}/init")
    rank1.join()
print("rank 1 exit code:", rank1.exitcode)
