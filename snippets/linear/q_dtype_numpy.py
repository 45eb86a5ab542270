# Where the float64 comes from: NumPy's default dtype survives the trip
# into torch. The same mistake reads differently depending on the route.
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

lin = nn.Linear(3, 2)  # float32 parameters
data = np.random.default_rng(0).random((4, 3))  # NumPy: float64
for name, x in [("torch.from_numpy(data)", torch.from_numpy(data)),
                ("torch.tensor(data)", torch.tensor(data)),
                ("torch.tensor(data.tolist())", torch.tensor(data.tolist())),
                ("torch.from_numpy(data).float()",
                 torch.from_numpy(data).float()),
                ("torch.tensor(data, dtype=torch.float32)",
                 torch.tensor(data, dtype=torch.float32))]:
    print(f"{name:40} {x.dtype}")

x64 = torch.from_numpy(data)
cases = {
    "2-D input": lambda: lin(x64),
    "3-D input, transposed": lambda: lin(x64.reshape(2, 2, 3).transpose(0, 1)),
    "1-D input to F.linear, no bias": lambda: F.linear(x64[0], lin.weight),
    "float32 input, float64 bias":
        lambda: F.linear(x64.float(), lin.weight, lin.bias.double()),
    "nn.Conv2d on float64 images":
        lambda: nn.Conv2d(1, 1, 2)(x64.reshape(1, 1, 4, 3)),
    "nn.Conv2d(bias=False) on float64 images":
        lambda: nn.Conv2d(1, 1, 2, bias=False)(x64.reshape(1, 1, 4, 3)),
}
for name, call in cases.items():
    try:
        call()
    except RuntimeError as e:
        print(f"{name}:\n  {e}")
