# Loading a model built on the meta device (as big-model loaders do):
# whatever the checkpoint holds gets real data; a buffer that is not in the
# checkpoint, such as one registered with persistent=False, stays on meta.
import torch
from torch import nn


class Switch(nn.Module):
    def __init__(self, n=4):
        super().__init__()
        self.proj = nn.Linear(n, n)
        self.register_buffer("steps", torch.zeros(()))                  # state
        self.register_buffer("mask", None, persistent=False)  # from config
        self.init_derived()

    def init_derived(self):               # recompute what the config gives
        n, device = self.proj.in_features, self.proj.weight.device
        self.mask = (torch.arange(n, device=device) % 2).float()

    def forward(self, x):
        return self.proj(x) * self.mask


torch.manual_seed(0)
checkpoint = Switch().state_dict()
print("state_dict keys:", list(checkpoint), "| buffers:",
      [n for n, _ in Switch().named_buffers()])

with torch.device("meta"):                # no memory, no values
    model = Switch()
model.load_state_dict(checkpoint, assign=True)
print("after loading:", {n: t.device.type for n, t in model.named_buffers()})
try:
    model(torch.ones(1, 4))
except Exception as e:
    print(f"{type(e).__name__}: {e}")

# The fix: compute non-persistent buffers again on the real device.
model.init_derived()
print("recomputed:", {n: t.device.type for n, t in model.named_buffers()},
      "| output:", model(torch.ones(1, 4)).shape)
model.to("meta")                          # buffers, persistent or not, follow
print("after model.to('meta'):",
      {n: t.device.type for n, t in model.named_buffers()})
