# terminal: it runs its own file again, as a program of its own
# A batch made by a worker reaches the main process in shared memory, which
# on Linux is the tmpfs /dev/shm. When it is full, writing the batch raises
# SIGBUS in the worker. Run with the argument `bus`, the worker raises the
# signal itself, which is what a full /dev/shm does.
import os
import re
import signal
import subprocess
import sys

import torch
from torch.utils.data import DataLoader, Dataset


class Rows(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if sys.argv[1:] == ["bus"]:
            os.kill(os.getpid(), signal.SIGBUS)  # stands for a full /dev/shm
        return torch.full((3,), float(i))


if sys.argv[1:] == ["bus"]:
    next(iter(DataLoader(Rows(), num_workers=1)))
    sys.exit()

for workers in (0, 1):
    batch = next(iter(DataLoader(Rows(), num_workers=workers)))
    print(f"num_workers={workers}: batch in shared memory:", batch.is_shared())

run = subprocess.run([sys.executable, sys.argv[0], "bus"],
                     capture_output=True, text=True)
for line in run.stderr.splitlines():
    if line.startswith(("ERROR", "RuntimeError")):
        print(re.sub(r"\d{2,}", "N", line))
