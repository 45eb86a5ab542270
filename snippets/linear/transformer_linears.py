# nn.Linear inside a larger layer: the Linears of nn.TransformerEncoderLayer,
# and the lines of F.multi_head_attention_forward that project with linear.
import inspect

import torch.nn.functional as F
from torch import nn

layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=32)
for name, module in layer.named_modules():
    if isinstance(module, nn.Linear):
        print(f"{name:18} {type(module).__name__}, weight "
              f"{tuple(module.weight.shape)}")
print(f"{'self_attn':18} in_proj_weight "
      f"{tuple(layer.self_attn.in_proj_weight.shape)}: q, k, v stacked")

print("in F.multi_head_attention_forward:")
source = inspect.getsource(F.multi_head_attention_forward)
for line in dict.fromkeys(line.strip() for line in source.splitlines()):
    if line.startswith(("q, k, v = _in_projection_packed(",
                        "attn_output = linear(")):
        print("   ", line)
source = inspect.getsource(F._in_projection_packed)
print("in F._in_projection_packed:")
print("   ", next(line.strip() for line in source.splitlines()
                  if "linear(" in line))
