# A stuck worker killed from outside, with SIGKILL, while the main process
# waits for its batch: the main process raises instead of waiting for ever.
import os
import signal
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


batches = iter(DataLoader(Stalls(), num_workers=1))
worker = batches._workers[0].pid
threading.Timer(2, os.kill, (worker, signal.SIGKILL)).start()
start = time.monotonic()
try:
    next(batches)
except RuntimeError as error:
    print("RuntimeError:", str(error).replace(str(worker), "N"))
print("raised 2 to 60 seconds after the call:",
      2 <= time.monotonic() - start < 60)
