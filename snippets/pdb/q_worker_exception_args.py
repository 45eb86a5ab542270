# terminal: its exception classes must be importable from __main__ by a worker
# Three exception classes raised in a DataLoader worker, and what the main
# process raises for each: torch builds the exception again from one string.
import gc

from torch.utils.data import DataLoader, Dataset


class RecordError(Exception):  # two required arguments
    def __init__(self, index, reason):
        super().__init__(f"record {index}: {reason}")


class DefaultedRecordError(Exception):  # the second one has a default
    def __init__(self, index, reason="unreadable"):
        super().__init__(f"record {index}: {reason}")


class PlainRecordError(Exception):  # the fix: one message, built when raised
    pass


RAISE = {
    RecordError: lambda i: RecordError(i, "truncated"),
    DefaultedRecordError: lambda i: DefaultedRecordError(i, "truncated"),
    PlainRecordError: lambda i: PlainRecordError(f"record {i}: truncated"),
}


class Records(Dataset):
    def __init__(self, error):
        self.error = error

    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise RAISE[self.error](i)


for error in RAISE:
    batches = iter(DataLoader(Records(error), num_workers=1))
    try:
        next(batches)
    except Exception as caught:
        raised, lines = type(caught).__name__, str(caught).splitlines()
    del batches
    gc.collect()  # the traceback held the iterator: this shuts its worker down
    print(f"{error.__name__} in the worker: the main process raises {raised}")
    print(f"  first line: {lines[0]}\n  last line:  {lines[-1]}")
