# Back to the default initialisation: call each submodule's own
# reset_parameters(). Not every module has one under that name.
import inspect
import math

import torch
from torch import nn


def reset_all(model):
    """Call reset_parameters() on every submodule that has one."""
    reset = []
    for m in model.modules():
        if hasattr(m, "reset_parameters"):
            m.reset_parameters()
            reset.append(type(m).__name__)
    return reset


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(),
                      nn.Linear(8, 2))
with torch.no_grad():  # pretend training changed everything
    for p in model.parameters():
        p.fill_(0.5)
print("reset:", reset_all(model))
print("Linear weight no longer 0.5:", bool((model[0].weight != 0.5).all()),
      "| LayerNorm weight back to 1:", bool((model[1].weight == 1).all()))

# MultiheadAttention: the loop misses the input projection, and resets
# the inner out_proj Linear by Linear's rule (a random bias, not zero).
attention = nn.MultiheadAttention(embed_dim=8, num_heads=2)
print("MultiheadAttention has reset_parameters:",
      hasattr(attention, "reset_parameters"),
      "| _reset_parameters:", hasattr(attention, "_reset_parameters"))
print("  out_proj bias all zero at first:",
      bool((attention.out_proj.bias == 0).all()))
with torch.no_grad():
    attention.in_proj_weight.fill_(0.5)
print("  the loop resets:", reset_all(attention),
      "| in_proj_weight still 0.5:",
      bool((attention.in_proj_weight == 0.5).all()),
      "| out_proj bias all zero:", bool((attention.out_proj.bias == 0).all()))

# Transformer: xavier_uniform_ on every matrix at construction; the loop
# puts its inner Linears back on Linear's bound instead.
transformer = nn.Transformer(d_model=64, nhead=4, num_encoder_layers=1,
                             num_decoder_layers=1, dim_feedforward=256,
                             batch_first=True)
linear1 = transformer.encoder.layers[0].linear1  # Linear(64, 256)
print("Transformer has reset_parameters:",
      hasattr(transformer, "reset_parameters"),
      "| _reset_parameters:", hasattr(transformer, "_reset_parameters"))
source = inspect.getsource(nn.Transformer._reset_parameters).splitlines()
print("  its body:", " ".join(line.strip() for line in source[2:]))
print(f"  linear1 max |w| {linear1.weight.abs().max().item():.4f}, "
      f"xavier bound sqrt(6 / (64 + 256)) = {math.sqrt(6 / 320):.4f}")
reset_all(transformer)
print(f"  after the loop: max |w| {linear1.weight.abs().max().item():.4f}, "
      f"Linear's bound 1/sqrt(64) = {1 / math.sqrt(64):.4f}")
