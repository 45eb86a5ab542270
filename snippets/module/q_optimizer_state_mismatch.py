# Resuming training: optimizer.load_state_dict matches the saved state to the
# new optimizer by position, group by group, so the new optimizer must be
# built from the same parameters, in the same order and groups, as the saved.
import torch
from torch import nn

torch.manual_seed(0)


def make_model():
    model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
    model[0].requires_grad_(False)          # the first layer is frozen
    return model


model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)   # all 4 tensors
model(torch.randn(8, 4)).sum().backward()
optimizer.step()
saved = optimizer.state_dict()
print("saved: parameters, by number, per group:",
      [g["params"] for g in saved["param_groups"]])

resumed = make_model()
trainable = [p for p in resumed.parameters() if p.requires_grad]   # only 2
try:
    torch.optim.Adam(trainable, lr=1e-3).load_state_dict(saved)
except ValueError as e:
    print("ValueError:", e)

# Two groups now (a learning rate per layer), where one was saved.
per_layer = [{"params": resumed[0].parameters()},
             {"params": resumed[2].parameters(), "lr": 1e-4}]
try:
    torch.optim.Adam(per_layer, lr=1e-3).load_state_dict(saved)
except ValueError as e:
    print("ValueError:", e)

# Fix: build the optimizer exactly as it was built when it was saved.
optimizer = torch.optim.Adam(resumed.parameters(), lr=1e-3)
optimizer.load_state_dict(saved)
print("same construction: loaded, Adam steps kept:",
      [int(s["step"]) for s in optimizer.state.values()])
