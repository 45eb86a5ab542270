# A float where nn.Linear wants an integer: the TypeError it raises, which
# arithmetic makes a float, and which integers it takes.
import numpy as np
import torch
from torch import nn

planes = 256
print("planes / 4:", planes / 4, "| planes // 4:", planes // 4,
      "| round(planes / 4):", round(planes / 4),
      "| float(planes) // 4:", float(planes) // 4)
for text, args in [("512, planes / 4", (512, planes / 4)),
                   ("planes / 4, 10", (planes / 4, 10)),
                   ("512, float(planes) // 4", (512, float(planes) // 4))]:
    try:
        nn.Linear(*args)
    except TypeError as e:
        print(f"nn.Linear({text}): TypeError: {e}")
print(nn.Linear(512, int(planes / 4)))
# Integers of other types are taken too:
print("NumPy int64:", nn.Linear(np.int64(512), np.int64(64)))
print("0-d tensor: ", nn.Linear(512, torch.tensor(64)))
