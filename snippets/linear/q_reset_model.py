# Back to the default initialisation: call each submodule's own
# reset_parameters(). Not every module has one under that name.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(),
                      nn.Linear(8, 2))
with torch.no_grad():  # pretend training changed everything
    for p in model.parameters():
        p.fill_(0.5)

reset = []
for m in model.modules():
    if hasattr(m, "reset_parameters"):
        m.reset_parameters()
        reset.append(type(m).__name__)
print("reset:", reset)
print("Linear weight no longer 0.5:", bool((model[0].weight != 0.5).all()),
      "| LayerNorm weight back to 1:", bool((model[1].weight == 1).all()))

attention = nn.MultiheadAttention(embed_dim=8, num_heads=2)
print("MultiheadAttention has reset_parameters:",
      hasattr(attention, "reset_parameters"),
      "| _reset_parameters:", hasattr(attention, "_reset_parameters"))
