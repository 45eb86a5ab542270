# command: python -m pdb -c continue snippets/pdb/q_worker_error_zero.py
import torch
from torch.utils.data import DataLoader, Dataset


class Pairs(Dataset):
    def __init__(self):
        self.rows = [torch.zeros(3), torch.zeros(3), torch.zeros(4)]

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        return row.view(1, 3)


loader = DataLoader(Pairs(), batch_size=3, num_workers=0)
for batch in loader:
    print(batch.shape)
