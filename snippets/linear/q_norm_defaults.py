# BatchNorm and LayerNorm start as the identity affine map: weight 1,
# bias 0. BatchNorm also keeps running statistics, buffers, not parameters.
import torch
from torch import nn

bn, ln = nn.BatchNorm1d(4), nn.LayerNorm(4)
for layer in (bn, ln):
    print(layer)
    for name, t in [*layer.named_parameters(), *layer.named_buffers()]:
        kind = "parameter" if isinstance(t, nn.Parameter) else "buffer   "
        print(f"  {kind} {name:19} {t.tolist()}")

torch.manual_seed(0)
bn(torch.randn(16, 4) * 3 + 5)  # one training step updates the buffers
print("after one batch: running_mean", [round(v, 2) for v in
                                         bn.running_mean.tolist()],
      "num_batches_tracked", bn.num_batches_tracked.item())
bn.reset_parameters()  # resets the running statistics too
print("after reset_parameters(): running_mean", bn.running_mean.tolist(),
      "num_batches_tracked", bn.num_batches_tracked.item())
