# DataLoader workers started with "spawn" (the default on Windows and macOS)
# import the main script again. Each program runs as its own process, from a
# file main.py: the loop at the script's top level, then under a main guard.
import os
import re
import subprocess
import sys
import tempfile

DATASET = """
import torch
from torch.utils.data import DataLoader, Dataset

class Squares(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return torch.tensor([i * i])

"""
LOOP = """
loader = DataLoader(Squares(), batch_size=2, num_workers=1,
                    multiprocessing_context="spawn")
print("batches", [b.tolist() for b in loader])
"""
GUARDED = 'if __name__ == "__main__":' + LOOP.replace("\n", "\n    ")

for name, program in (("unguarded", DATASET + LOOP),
                      ("guarded", DATASET + GUARDED)):
    with tempfile.TemporaryDirectory() as folder:
        main = os.path.join(folder, "main.py")
        with open(main, "w") as f:
            f.write(program)
        done = subprocess.run([sys.executable, main], capture_output=True,
                              text=True, timeout=300)
    print(f"{name}: exit status {done.returncode}")
    print(done.stdout, end="")
    message = False  # the lines of each error message, without tracebacks
    for line in done.stderr.splitlines():
        message = bool(re.match(r"\w+Error", line)) or message and (
            line[:1] in ("", " ") and not line.startswith("  File"))
        if message and line.strip():
            print("  " + re.sub(r"pid(\(s\))? \d+", r"pid\1 N", line.rstrip()))
