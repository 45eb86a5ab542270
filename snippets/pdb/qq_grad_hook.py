# Printing the gradient of an intermediate tensor at every iteration: a hook
# registered on the tensor runs during backward, with the gradient; or
# retain_grad() keeps it in .grad, which a non-leaf tensor otherwise lacks.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(8, 3), torch.randn(8, 1)

for step in range(3):
    h = model[0](x)                   # an intermediate tensor, not a leaf
    h.register_hook(lambda grad, step=step: print(
        f"step {step}: hook: grad of h {tuple(grad.shape)}, "
        f"norm {grad.norm():.4f}"))
    h.retain_grad()
    loss = nn.functional.mse_loss(model[2](model[1](h)), target)
    optimizer.zero_grad()
    loss.backward()
    print(f"step {step}: after backward: h.grad norm {h.grad.norm():.4f}, "
          f"first weight's grad norm {model[0].weight.grad.norm():.4f}")
    optimizer.step()
