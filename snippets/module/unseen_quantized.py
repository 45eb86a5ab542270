# A quantized Linear keeps its weight packed in an object that is not a
# tensor: no parameters, and a state_dict entry that is a tuple.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    qmodel = torch.ao.quantization.quantize_dynamic(
        model, {nn.Linear}, dtype=torch.qint8)
print("warnings:", sorted({w.category.__name__ for w in caught}),
      "| all say deprecated:",
      all("deprecated" in str(w.message) for w in caught))

q = qmodel[0]
print(type(q).__module__ + "." + type(q).__name__)
print("parameters:", list(q.parameters()))
print("packed in:", type(q._packed_params._packed_params).__name__)
print("state_dict:", {k: type(v).__name__
                      for k, v in qmodel.state_dict().items()})
try:
    torch.optim.SGD(qmodel.parameters(), lr=0.1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")

w = q.weight()                      # a method, not a Parameter
print("weight():", w.dtype, tuple(w.shape),
      "| close to the float weight:",
      torch.allclose(w.dequantize(), model[0].weight, atol=0.01))
