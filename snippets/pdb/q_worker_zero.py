# command: python snippets/pdb/q_worker_zero.py

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Squares(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        info = get_worker_info()
        where = "main process" if info is None else f"worker {info.id}"
        print(f"__getitem__({i}) runs in the {where}")
        if i == 1:
            breakpoint()
        return torch.tensor([i * i])


loader = DataLoader(Squares(), batch_size=2, num_workers=0)
for batch in loader:
    print(batch)
