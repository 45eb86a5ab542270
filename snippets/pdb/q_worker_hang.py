# terminal: the worker's stack names this file's lines, which a cell lacks
# A worker that never returns: timeout= makes the main process raise, and
# faulthandler, armed by worker_init_fn, writes where the worker is stuck.
import faulthandler
import re
import tempfile
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


def arm_faulthandler(worker_id):
    # after 2 seconds, write every thread's Python stack to `stacks`
    faulthandler.dump_traceback_later(2, file=stacks)


loader = DataLoader(Stalls(), num_workers=1, timeout=5,
                    worker_init_fn=arm_faulthandler)
start = time.monotonic()
batches = iter(loader)
try:
    next(batches)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
del batches  # shuts the stuck worker down
print("the main process waited 5 seconds, not for ever:",
      5 <= time.monotonic() - start < 60)
stacks.seek(0)
print("the worker's stack after 2 seconds, most recent call first:")
for line in stacks.read().splitlines()[:6]:
    print("  " + re.sub(r"0x[0-9a-f]+", "0x...", line))
