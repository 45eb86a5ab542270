# nn.Linear inside a larger layer: the Linears of nn.TransformerEncoderLayer,
# the lines of F.multi_head_attention_forward that project with linear, and
# when the layer calls linear at all.
import inspect

import torch
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

# Those linear calls run only off the inference fast path: a layer built
# with batch_first=True, in eval mode and without gradients, runs in one
# fused call instead. Count the calls of both functions:
calls = []


def counted(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


originals = F.linear, torch._transformer_encoder_layer_fwd
F.linear = counted(F.linear)
torch._transformer_encoder_layer_fwd = counted(
    torch._transformer_encoder_layer_fwd)
torch.manual_seed(0)
fast = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=32,
                                  batch_first=True)
for model, first, training, grad in [(layer, False, False, False),
                                     (fast, True, True, True),
                                     (fast, True, False, True),
                                     (fast, True, False, False)]:
    model.train(training)
    calls.clear()
    with torch.set_grad_enabled(grad):
        model(torch.rand(2, 5, 8))
    counts = ", ".join(f"{n} x{calls.count(n)}" for n in dict.fromkeys(calls))
    print(f"batch_first={first!s:5} training={training!s:5} "
          f"grad={grad!s:5} -> {counts}")
F.linear, torch._transformer_encoder_layer_fwd = originals  # undo
