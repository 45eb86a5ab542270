# "Expected all tensors to be on the same device" after model.to(device):
# three usual causes in a model, found one after the other. The meta device
# (shape, no data) stands in for the GPU, so the checks' wording differs from
# CUDA's, and the causes and fixes are the same.
import torch
from torch import nn

device = torch.device("meta")


class Net(nn.Module):
    def __init__(self, fixed=0):
        super().__init__()
        self.fc = nn.Linear(3, 3)
        if fixed >= 2:
            self.register_buffer("scale", torch.ones(3))   # moves with .to()
        else:
            self.scale = torch.ones(3)          # plain attribute: stays behind
        self.fixed = fixed

    def forward(self, x):
        if self.fixed >= 3:
            noise = torch.zeros(x.shape, device=x.device)
        else:
            noise = torch.zeros(x.shape)        # made on the default device
        return self.fc(x) * self.scale + noise


def misplaced(model, device):
    """Tensors of a model that are not on `device`, registered or not."""
    found = [n for n, t in [*model.named_parameters(), *model.named_buffers()]
             if t.device != device]
    for prefix, m in model.named_modules():
        found += [f"{prefix}.{k}".lstrip(".") + " (plain attribute)"
                  for k, v in vars(m).items()
                  if isinstance(v, torch.Tensor) and v.device != device]
    return found


x = torch.ones(2, 3)
for fixed in range(4):
    model = Net(fixed).to(device)
    inputs = x.to(device) if fixed >= 1 else x   # fix 1: move the input too
    print(f"fixes {fixed}: misplaced {misplaced(model, device)}")
    try:
        print("   output:", model(inputs).device)
    except RuntimeError as e:
        print("   RuntimeError:", str(e).splitlines()[0])

# A fourth, in the code around the model: a layer assigned after
# model.to(device), such as a new head for fine-tuning, is made on the CPU.
model = Net(3).to(device)
model.fc = nn.Linear(3, 3)
print("new layer after .to():", misplaced(model, device))
try:
    model(x.to(device))
except RuntimeError as e:
    print("   RuntimeError:", str(e).splitlines()[0])
model.to(device)                    # fix: move the model after changing it
print("moved again:", misplaced(model, device), model(x.to(device)).device)
