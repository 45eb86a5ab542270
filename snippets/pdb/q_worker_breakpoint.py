# terminal: a notebook kernel's worker processes do not run pdb this way
import bdb
import os
import sys

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Squares(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        info = get_worker_info()
        where = "main process" if info is None else f"worker {info.id}"
        stdin = os.readlink(f"/proc/self/fd/{sys.stdin.fileno()}")
        print(f"__getitem__({i}) runs in the {where}, stdin is {stdin}")
        breakpoint()
        return torch.tensor([i * i])


def line_buffered(worker_id):
    sys.stdout.reconfigure(line_buffering=True)


loader = DataLoader(Squares(), batch_size=2, num_workers=1,
                    worker_init_fn=line_buffered)
batches = iter(loader)
try:
    next(batches)
except bdb.BdbQuit as error:
    message = str(error)
del batches  # shuts the worker down: all it printed is out
print("the main process caught bdb.BdbQuit:")
lines = message.splitlines()
print("\n".join(lines[:2] + ["    ..."] + lines[-3:]))
