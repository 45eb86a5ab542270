# backward() on a loss that is not one number, and a gradient argument
# of the wrong shape: the two errors, and the fixes.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x, target = torch.randn(4, 3), torch.randn(4, 2)
loss = F.mse_loss(model(x), target, reduction="none")  # shape (4, 2)
for label, call in [
        ("loss.backward()", lambda: loss.backward(retain_graph=True)),
        ("loss.backward(torch.ones(4))",
         lambda: loss.backward(torch.ones(4), retain_graph=True))]:
    try:
        call()
    except RuntimeError as e:
        print(f"{label}: RuntimeError: {e}")

# Fixes: reduce to the number you minimise, or pass a gradient shaped
# like the output (ones_like(loss) is the gradient of loss.sum()).
loss.mean().backward(retain_graph=True)
g_mean = model.weight.grad.clone()
model.zero_grad()
loss.backward(torch.ones_like(loss) / loss.numel())
print("loss.mean().backward() == loss.backward(ones_like / numel):",
      torch.allclose(g_mean, model.weight.grad))
