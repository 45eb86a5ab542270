# A bias-free Linear regression on inputs in the hundreds: SGD with lr=1e-3
# diverges from the default start, and from a start set by hand unless it
# is the exact answer. A learning rate below the stable limit, or inputs
# scaled to unit size, converge from the default start.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(100, 2) * 500  # large-scale inputs
true_w = torch.tensor([[0.3, -0.2]])
y = x @ true_w.T


def run(inputs, lr, weight=None, steps=100):
    torch.manual_seed(1)
    lin = nn.Linear(2, 1, bias=False)
    if weight is not None:
        with torch.no_grad():
            lin.weight.copy_(weight)
    opt = torch.optim.SGD(lin.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(lin(inputs), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    last = losses[-1]  # below 1e-9 its digits are rounding, and vary
    print(f"  loss at step 1: {losses[0]:.3g}, 10: {losses[9]:.3g}, "
          f"{steps}: {'below 1e-9' if 0 < last < 1e-9 else f'{last:.3g}'}")
    return lin.weight.detach()


print("default start, lr=1e-3:")
run(x, 1e-3)
print("set by hand near the answer, lr=1e-3:")
run(x, 1e-3, weight=torch.tensor([[0.301, -0.201]]))
print("set by hand to the exact answer, lr=1e-3:")
run(x, 1e-3, weight=true_w)
# Each step is lr times a gradient that grows with x²; gradient descent on
# this loss is stable only for lr < 2 / (largest eigenvalue of 2·xᵀx/N):
curvature = torch.linalg.eigvalsh(2 * x.T @ x / len(x))
print(f"largest stable lr: {2 / curvature.max():.2e}")
print("default start, lr=5e-6:")
run(x, 5e-6, steps=500)
scale = x.std(dim=0)
curvature = torch.linalg.eigvalsh(2 * (x / scale).T @ (x / scale) / len(x))
print(f"largest stable lr for inputs / their std: {2 / curvature.max():.2f}")
print("default start, inputs divided by their std, lr=0.1:")
w = run(x / scale, 0.1, steps=500)
print("  weight for the original inputs:",
      [round(v, 4) for v in (w / scale).flatten().tolist()])
