# terminal: pdb in a notebook kernel asks the kernel for input, not fd 0
import inspect
import multiprocessing
import os
import sys
import tempfile
import textwrap

import torch
import torch.distributed as dist


def excerpt(function, *words):
    source = textwrap.dedent(inspect.getsource(function))
    for line in source.splitlines():
        if any(word in line for word in words):
            print("   ", line)


torch_dir = os.path.dirname(torch.__file__)
print(os.path.relpath(inspect.getsourcefile(dist.breakpoint), torch_dir))
excerpt(dist.breakpoint, "def breakpoint", "timedelta(seconds=timeout_s)",
        "get_rank() == rank", "distributed_pdb()", "set_trace()", "barrier()")
excerpt(dist._make_distributed_pdb, "class ", "/dev/stdin")


def train(rank, world_size, init_file, parent_stdin):
    dist.init_process_group("gloo", init_method=f"file://{init_file}",
                            rank=rank, world_size=world_size)
    if rank == 1:
        sys.stdout.reconfigure(line_buffering=True)
        print("rank 1: sys.stdin is fd 0:", sys.stdin.fileno() == 0)
        print("rank 1: fd 0 is the parent's stdin:",
              os.path.samestat(os.fstat(0), parent_stdin))
    step = 7
    dist.breakpoint(rank=1)
    if rank == 1:
        print("rank 1 is past dist.breakpoint")
    dist.destroy_process_group()


with tempfile.TemporaryDirectory() as tmp:
    # stands in for a terminal: what you would type at rank 1's (Pdb)
    typed = os.path.join(tmp, "typed")
    with open(typed, "w") as f:
        f.write("up\np rank, step\nc\n")
    os.dup2(os.open(typed, os.O_RDONLY), 0)
    init_file = os.path.join(tmp, "init")
    sys.stdout.flush()
    fork = multiprocessing.get_context("fork")
    rank1 = fork.Process(target=train,
                         args=(1, 2, init_file, os.fstat(0)))
    rank1.start()
    train(0, 2, init_file, os.fstat(0))
    rank1.join()
print("rank 0 is past dist.breakpoint; rank 1 exit code:", rank1.exitcode)
