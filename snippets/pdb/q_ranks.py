# command: python snippets/pdb/q_ranks.py
import multiprocessing
import os
import tempfile

import torch
import torch.distributed as dist


def train(rank, world_size, init_file):
    dist.init_process_group("gloo", init_method=f"file://{init_file}",
                            rank=rank, world_size=world_size)
    grad = torch.full((2,), float(rank + 1))
    if rank == 0:
        breakpoint()  # only rank 0 stops; its stdin is this terminal's
    dist.barrier()  # the other ranks wait here meanwhile
    dist.all_reduce(grad)
    if rank == 0:
        print(f"after the barrier, all_reduce gave {grad.tolist()}")
    dist.destroy_process_group()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        init_file = os.path.join(tmp, "init")
        fork = multiprocessing.get_context("fork")
        rank1 = fork.Process(target=train, args=(1, 2, init_file))
        rank1.start()
        train(0, 2, init_file)  # rank 0 is this process
        rank1.join()
    print("rank 1 exit code:", rank1.exitcode)
