# loss.backward(loss.new_ones(ngpu)) with a model under nn.DataParallel
# whose forward returns its loss: the gathered loss has one value per
# replica, and DataParallel runs one replica per chunk of the batch, which
# can be fewer than the GPUs. Scatter and Gather need CUDA, so the script
# splits the batch as DataParallel's scatter does (tensor.chunk) on the CPU.
import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import _engine_run_backward

torch.manual_seed(0)
ngpu = 4
for batch in (2, 4, 5, 6, 9):
    print(f"batch of {batch} on {ngpu} GPUs:",
          len(torch.randn(batch).chunk(ngpu)), "replicas")

model = nn.Linear(3, 1)
x, target = torch.randn(6, 3), torch.randn(6, 1)
loss = torch.cat([F.mse_loss(model(xi), ti).view(1)      # one per replica
                  for xi, ti in zip(x.chunk(ngpu), target.chunk(ngpu))])
print("loss shape:", list(loss.shape))
try:
    loss.backward(loss.new_ones(ngpu), retain_graph=True)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
try:  # the engine's own check, below backward()'s Python one
    _engine_run_backward((loss,), (loss.new_ones(ngpu),), True, False, (),
                         allow_unreachable=True, accumulate_grad=True)
except RuntimeError as e:
    print(f"engine: {type(e).__name__}: {e}")

# Fixes: reduce the loss (the mean of equal chunks' means is the batch
# mean), or give a gradient shaped like the loss.
loss.mean().backward(retain_graph=True)
g_mean = model.weight.grad.clone()
model.zero_grad()
F.mse_loss(model(x), target).backward()       # the whole batch, one device
same = torch.allclose(g_mean, model.weight.grad)
assert same
print("loss.mean().backward() gives the one-device gradient:", same)
model.zero_grad()                             # ESPnet scales by 1/ngpu first:
(1. / ngpu * loss).mean().backward(retain_graph=True)   # divided twice
assert torch.allclose(ngpu * model.weight.grad, g_mean)
print(f"(1. / ngpu * loss).mean().backward() gives 1/{ngpu} of it")
model.zero_grad()
loss.backward(torch.ones_like(loss))          # = loss.sum().backward()
assert torch.allclose(model.weight.grad, len(loss) * g_mean)
print("loss.backward(torch.ones_like(loss)) gives", len(loss), "times it")

# Chunks of unequal size (5 samples on 4 GPUs: 2, 2 and 1): weight each
# replica's loss by its chunk's size to get the batch's mean.
x5, t5 = torch.randn(5, 3), torch.randn(5, 1)
chunks = list(zip(x5.chunk(ngpu), t5.chunk(ngpu)))
loss5 = torch.cat([F.mse_loss(model(xi), ti).view(1) for xi, ti in chunks])
sizes = torch.tensor([len(xi) for xi, _ in chunks], dtype=loss5.dtype)
weighted = (loss5 * sizes).sum() / sizes.sum()
grads = {}
for label, reduced in [("loss.mean()", loss5.mean()),
                       ("size-weighted mean", weighted),
                       ("one device", F.mse_loss(model(x5), t5))]:
    model.zero_grad()
    reduced.backward(retain_graph=True)
    grads[label] = model.weight.grad.clone()
assert torch.allclose(grads["size-weighted mean"], grads["one device"])
print("chunks of", sizes.int().tolist(), "- the one-device gradient from:",
      {label: torch.allclose(g, grads["one device"])
       for label, g in grads.items() if label != "one device"})
