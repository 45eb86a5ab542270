# terminal: the stack names this file's lines, which a cell lacks
# Where is a hung process waiting? faulthandler.register makes a signal
# (SIGUSR1 here; `kill -USR1 PID` from another shell) write the Python stack
# of every thread. Here the main process drops an iterator whose worker is
# busy, and the signal arrives while _shutdown_workers waits for it.
import faulthandler
import os
import re
import signal
import tempfile
import threading
import time

import torch
from torch.utils.data import DataLoader, Dataset


class Stalls(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        time.sleep(600)  # stands for a read that never returns
        return torch.tensor([i])


stacks = tempfile.TemporaryFile("w+")
faulthandler.register(signal.SIGUSR1, file=stacks, all_threads=True)

batches = iter(DataLoader(Stalls(), num_workers=1))
time.sleep(1)  # the worker is now inside __getitem__
threading.Timer(2, os.kill, (os.getpid(), signal.SIGUSR1)).start()
start = time.monotonic()
del batches  # shuts the worker down
print("del took 5 to 60 seconds:", 5 <= time.monotonic() - start < 60)

stacks.seek(0)
threads = stacks.read().split("\n\n")
main = next(t for t in threads if "<module>" in t)
print("the main thread's stack 2 seconds into `del`, most recent call first:")
for line in main.splitlines()[1:]:
    print("  " + line.strip())
    if line.endswith(" in <module>"):  # the script's own frame
        break
