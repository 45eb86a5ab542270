# terminal: it lowers the process's limit of open files and changes torch's
# sharing strategy, for the whole process
# Each tensor a worker sends is shared memory that the main process holds
# through an open file descriptor (the default strategy, file_descriptor),
# for as long as the tensor lives. Batches kept in a list keep their
# descriptors open; with the limit at 128 files, as `ulimit -n 128` sets it,
# they run out.
import resource

import torch
import torch.multiprocessing
from torch.utils.data import DataLoader, Dataset


class Pieces(Dataset):
    def __len__(self):
        return 64

    def __getitem__(self, i):
        return [torch.full((2,), float(i)) for _ in range(4)]  # 4 tensors


def keep_all(keep):
    kept = []
    try:
        for batch in DataLoader(Pieces(), batch_size=None, num_workers=2):
            kept.append(keep(batch))
    except RuntimeError as error:
        return f"RuntimeError: {error}"
    return f"kept {len(kept)} batches"


soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))
print("strategy:", torch.multiprocessing.get_sharing_strategy())
print("as they come:", keep_all(lambda batch: batch))
print("cloned:", keep_all(lambda batch: [t.clone() for t in batch]))
torch.multiprocessing.set_sharing_strategy("file_system")
print("file_system:", keep_all(lambda batch: batch))
