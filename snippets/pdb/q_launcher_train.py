# A training step for torchrun or any launcher that sets RANK, WORLD_SIZE,
# MASTER_ADDR and MASTER_PORT; started by plain python, it sets them itself
# and is the only rank. BREAK_ON_RANK=k in the environment stops rank k.
import os
import socket

import torch
import torch.distributed as dist

if "RANK" not in os.environ:  # no launcher: one rank, on a free local port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ.update(RANK="0", WORLD_SIZE="1", MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))

dist.init_process_group("gloo")  # reads the four variables
rank = dist.get_rank()
t = torch.tensor([rank + 1.0])
if os.environ.get("BREAK_ON_RANK") == str(rank):
    breakpoint()
dist.all_reduce(t)
print(f"rank {rank} of {dist.get_world_size()}: {t}")
dist.destroy_process_group()
