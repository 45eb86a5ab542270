# A whole DataParallel saved by a run on 4 GPUs, loaded on a machine without
# one. A GPU run pickles device_ids and src_device_obj with the wrapper; they
# are set here by hand as that run would have them.
import io

import torch
from torch import nn

dp = nn.DataParallel(nn.Linear(2, 1))
print("device_ids of a wrapper built here:", dp.device_ids)
dp.device_ids, dp.output_device = [0, 1, 2, 3], 0
dp.src_device_obj = torch.device("cuda", 0)

buffer = io.BytesIO()
torch.save(dp, buffer)  # torch.save(model), not model.state_dict()
buffer.seek(0)
loaded = torch.load(buffer, weights_only=False, map_location="cpu")
print("device_ids after loading:", loaded.device_ids,
      "| GPU:", torch.cuda.is_available())
x = torch.ones(1, 2)
try:
    loaded(x)
except RuntimeError as e:
    print("RuntimeError:", e)

# the fix: the model inside the wrapper
print("loaded.module(x):", tuple(loaded.module(x).shape))
