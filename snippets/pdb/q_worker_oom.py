# terminal: it kills one of its own DataLoader workers
# "DataLoader worker (pid N) is killed by signal: Killed.": SIGKILL, the
# signal the kernel's out-of-memory killer sends. The worker here sends it to
# itself. Then why workers use memory: reading a Python list in a forked
# worker writes to the list's pages (reference counts), which the worker must
# then copy; reading a tensor does not.
import os
import re
import signal

import torch
from torch.utils.data import DataLoader, Dataset


class KilledAtOne(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 1:
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer does
        return torch.tensor([i])


def private_mb():
    """This process's memory that no other process shares, in MB."""
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) / 1024


class ReadsAll(Dataset):
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return 1

    def __getitem__(self, i):
        before = private_mb()
        if isinstance(self.rows, list):
            total = sum(self.rows)  # touches every int object
        else:
            total = int(self.rows.sum())  # reads one buffer
        return torch.tensor([private_mb() - before, total])


if __name__ == "__main__":
    loader = DataLoader(KilledAtOne(), num_workers=1)
    try:
        for batch in loader:
            pass
    except RuntimeError as error:
        for label, e in (("cause", error.__cause__), ("raised", error)):
            text = re.sub(r"(pid(\(s\))?) \d+", r"\1 N", str(e))
            print(f"{label}: {type(e).__name__}: {text}")
    rows = 2_000_000
    for name, data in (("list of ints", list(range(10**6, 10**6 + rows))),
                       ("tensor", torch.arange(10**6, 10**6 + rows))):
        grew, total = next(iter(DataLoader(ReadsAll(data), batch_size=None,
                                           num_workers=1))).tolist()
        size = ("more than 40" if grew > 40 else "less than 5" if grew < 5
                else grew)
        print(f"{name}: a worker that reads all {rows} values copied "
              f"{size} MB")
