# terminal: it runs its own file again, as a program of its own
# A Dataset that draws batches from another DataLoader with workers, made in
# the main process. A worker of the outer loader inherits that iterator by
# fork; when the iterator runs out there, it shuts down workers that are
# not the worker's children. The fix keeps both iterators in one process.
import subprocess
import sys

import torch
from torch.utils.data import DataLoader, Dataset


class Numbers(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return torch.tensor([i])


class Cycling(Dataset):
    """Draws from another loader, starting it again when it runs out."""

    def __init__(self, source):
        self.source = source
        self.batches = iter(source)

    def __len__(self):
        return 4

    def __getitem__(self, i):
        try:
            return next(self.batches)
        except StopIteration:
            self.batches = iter(self.source)
            return next(self.batches)


inner = DataLoader(Numbers(), batch_size=2, num_workers=2)
if sys.argv[1:] == ["nested"]:
    for batch in DataLoader(Cycling(inner), num_workers=1):
        print(batch.tolist())
    sys.exit()

run = subprocess.run([sys.executable, sys.argv[0], "nested"],
                     capture_output=True, text=True)
print(run.stdout, end="")
errors = run.stderr.splitlines()
print("exit code", run.returncode, "- standard error, its AssertionError and "
      "'Exception ignored' lines:")
print(*sorted(set(line for line in errors if line.startswith(
    ("AssertionError", "Exception ignored")))), sep="\n")


# The fix: cycle the inner loader in the main process, which started its
# workers, and take a batch from it for each step of the outer loop.
def cycle(loader):
    while True:
        yield from loader


steps = zip(range(4), cycle(inner))
print([batch.flatten().tolist() for step, batch in steps])
