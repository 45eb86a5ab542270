# terminal: spawn's workers import the script from its file, which a cell lacks
# A lock copied by fork: when the workers are forked, another thread of the
# main process (a second training thread, a library's thread) holds a lock.
# A forked worker gets the lock held, and no thread to free it.
import threading
import time

import torch
from torch.utils.data import DataLoader, Dataset

# stands for the lock a library guards its own state with
library_lock = threading.Lock()


class Guarded(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        with library_lock:  # e.g. a call into that library in __getitem__
            return torch.tensor([i])


def other_thread(held, done):
    with library_lock:  # held while the main thread starts the workers
        held.set()
        done.wait()


if __name__ == "__main__":
    held, done = threading.Event(), threading.Event()
    threading.Thread(target=other_thread, args=(held, done),
                     daemon=True).start()
    held.wait()
    # a spawned worker starts a new Python that imports torch: give it time
    for context, timeout in (("fork", 5), ("spawn", 300)):
        loader = DataLoader(Guarded(), batch_size=2, num_workers=1,
                            timeout=timeout, multiprocessing_context=context)
        start = time.monotonic()
        try:
            batches = [b.tolist() for b in loader]
            print(f"{context}: batches {batches}")
            assert context == "spawn" and batches == [[[0], [1]]]
        except RuntimeError as error:
            print(f"{context}: RuntimeError: {error}")
            assert context == "fork" and time.monotonic() - start >= 5
    done.set()  # the other thread lets go of the lock in this process
    with library_lock:  # wait until it has let go
        pass
    loader = DataLoader(Guarded(), batch_size=2, num_workers=1, timeout=5,
                        multiprocessing_context="fork")
    batches = [b.tolist() for b in loader]
    print(f"fork, with no thread holding the lock: batches {batches}")
    assert batches == [[[0], [1]]]
