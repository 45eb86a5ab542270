# A Linear and its input on different devices. The meta device stands in
# for a GPU: model.to(device) moves registered layers only.
import torch
from torch import nn

device = torch.device("meta")  # "cuda" on a machine with a GPU
lin = nn.Linear(3, 2).to(device)
x = torch.randn(4, 3)          # the input was left on the CPU
try:
    lin(x)
except RuntimeError as e:
    print("layer moved, input not: RuntimeError:", e)
print("x.to(weight's device):", lin(x.to(lin.weight.device)).device)


class Net(nn.Module):
    def __init__(self, registered):
        super().__init__()
        blocks = [nn.Linear(3, 3), nn.Linear(3, 3)]
        # a plain list hides the layers from nn.Module; ModuleList does not
        self.blocks = nn.ModuleList(blocks) if registered else blocks
        self.head = nn.Linear(3, 2)

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return self.head(x)


for registered in (False, True):
    net = Net(registered).to(device)
    where = sorted({str(b.weight.device) for b in net.blocks})
    try:
        out = net(torch.randn(4, 3, device=device)).device
    except RuntimeError as e:
        out = f"RuntimeError: {e}"
    kind = "nn.ModuleList" if registered else "plain list   "
    print(f"{kind} blocks on {where}: {out}")
