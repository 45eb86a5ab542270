# A model whose forward returns its loss, under nn.DataParallel on two
# GPUs: each replica returns a 0-dim loss, and DataParallel's Gather
# turns them into a vector of one loss per GPU. Gather refuses CPU
# tensors, so the script does what Gather.forward does (t.view(1) for
# each replica's scalar, then concatenation along dim 0) on the CPU.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, target = torch.randn(8, 3), torch.randn(8, 1)


def loss_of(inputs, targets):      # what each replica's forward returns
    return F.mse_loss(model(inputs), targets)


# One GPU (or none): DataParallel calls the module itself, a 0-dim loss.
print("one device, loss shape:", tuple(loss_of(x, target).shape))
# Two GPUs: the batch is split in two chunks, one per replica, and
# the two 0-dim losses are gathered into a vector of shape (2,).
replica_losses = [loss_of(xi, ti) for xi, ti in
                  zip(x.chunk(2), target.chunk(2))]
loss = torch.cat([l.view(1) for l in replica_losses])
print("two devices, loss shape:", tuple(loss.shape))
try:
    loss.backward()
except RuntimeError as e:
    print("loss.backward(): RuntimeError:", e)

# Fix: reduce the gathered vector before backward.
loss.mean().backward()
g_parallel = model.weight.grad.clone()
model.zero_grad()
loss_of(x, target).backward()      # the same batch on one device
assert torch.allclose(g_parallel, model.weight.grad)
print("loss.mean().backward() gives the one-device gradient:",
      torch.allclose(g_parallel, model.weight.grad))
