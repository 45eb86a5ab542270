# backward() adds into .grad; zero_grad() starts the sum again.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 1)
optimizer = torch.optim.SGD(lin.parameters(), lr=0.1)
x, target = torch.randn(8, 3), torch.randn(8, 1)


def loss_on(rows):
    return nn.functional.mse_loss(lin(x[rows]), target[rows])


loss_on(slice(None)).backward()
once = lin.weight.grad.clone()
loss_on(slice(None)).backward()  # no zero_grad() in between
print("second backward without zero_grad: grad is 2x",
      torch.allclose(lin.weight.grad, 2 * once))
optimizer.zero_grad()  # set_to_none=True by default
print("after zero_grad(): grad is", lin.weight.grad)

# The same addition, on purpose: two half batches, each loss halved,
# give the gradient of the whole batch (gradient accumulation).
(loss_on(slice(0, 4)) / 2).backward()
(loss_on(slice(4, 8)) / 2).backward()
print("two accumulated halves equal one full batch:",
      torch.allclose(lin.weight.grad, once))

# That needs a loss that is a mean over the samples, and a model that
# treats each sample alone: BatchNorm's statistics differ by half batch.
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
nn.functional.mse_loss(model(x), target).backward()
full = model[0].weight.grad.clone()
model.zero_grad()  # the module's zero_grad() resets the same way
assert model[0].weight.grad is None
for rows in (slice(0, 4), slice(4, 8)):
    (nn.functional.mse_loss(model(x[rows]), target[rows]) / 2).backward()
print("with a BatchNorm, halves equal the full batch:",
      torch.allclose(model[0].weight.grad, full))
