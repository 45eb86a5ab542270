# A batch size written into the model: x.view(BATCH_SIZE, -1) works only
# for batches of exactly that size. With another one (a smaller last
# batch, or a new batch size at test time) the features per row change,
# or, if the values do not divide into BATCH_SIZE rows, view itself fails.
import torch
from torch import nn

BATCH_SIZE = 32  # the size the model was written for
fc = nn.Linear(16 * 5 * 5, 10)

for n in (32, 8, 5):
    maps = torch.zeros(n, 16, 5, 5)  # the last conv block's output
    try:
        out = fc(maps.view(BATCH_SIZE, -1))
        print(f"batch of {n}, view(BATCH_SIZE, -1): output {tuple(out.shape)}")
    except RuntimeError as e:
        print(f"batch of {n}, view(BATCH_SIZE, -1): RuntimeError: {e}")
    print(f"batch of {n}, flatten(1): output "
          f"{tuple(fc(maps.flatten(1)).shape)}")
