# terminal: what it prints names files as a terminal run sees them
# "DataLoader worker (pid(s) ...) exited unexpectedly": a worker killed by a
# crash in native code, then the same loader run with num_workers=0 under
# faulthandler. Each program runs as its own process, from a file main.py.
import os
import re
import subprocess
import sys
import tempfile

PROGRAM = """
import ctypes
import torch
from torch.utils.data import DataLoader, Dataset

class Records(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 1:  # a bad record: native code reads address 0
            ctypes.string_at(0)
        return torch.tensor([i])

for batch in DataLoader(Records(), batch_size=2, num_workers=WORKERS):
    print("batch", batch.tolist(), flush=True)
"""


def run(workers, *options):
    with tempfile.TemporaryDirectory() as folder:
        main = os.path.join(folder, "main.py")
        with open(main, "w") as f:
            f.write(PROGRAM.replace("WORKERS", str(workers)))
        done = subprocess.run([sys.executable, *options, main],
                              capture_output=True, text=True)
    print(f"$ python {' '.join(options + ('main.py',))}   "
          f"# num_workers={workers}: exit status {done.returncode}")
    print(done.stdout, end="")
    for line in done.stderr.splitlines():
        line = line.replace(main, "main.py")
        line = re.sub(r"pid\(s\) \d+|pid \d+", "pid(s) N", line)
        line = re.sub(r"0x[0-9a-f]+", "0x...", line)
        if re.match(r"ERROR|RuntimeError|Fatal|  File .*main.py|Current|"
                    r"  File .*, line \d+ in ", line):
            print(line.rstrip())


run(2)
run(0, "-X", "faulthandler")
