# What share_memory() does to a model: every parameter (and buffer) keeps its
# Parameter object, but its storage moves into shared memory (is_shared()
# turns True, the data pointer changes). A process forked afterwards maps the
# same storage: its in-place writes, an optimizer step included, show in the
# parent. A tensor that was not shared is the child's own copy after fork.
import sys

import torch
import torch.multiprocessing as mp
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
plain = torch.zeros(3)  # never shared
params = list(model.parameters())
before = [p.data_ptr() for p in params]
print("is_shared() before:", [p.is_shared() for p in params])
assert model.share_memory() is model  # in place, returns the module
print("is_shared() after: ", [p.is_shared() for p in params])
same = all(a is b for a, b in zip(params, model.parameters()))
print("same Parameter objects:", same)
print("storage moved:", [p.data_ptr() != b for p, b in zip(params, before)])


def child(model, plain):
    # a worker: writes by hand, then one SGD step of its own optimizer
    with torch.no_grad():
        model.weight.fill_(1.0)
        plain.fill_(1.0)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    model(torch.ones(1, 3)).sum().backward()  # d/dbias = 1
    optimizer.step()  # bias.add_(grad, alpha=-0.5): in shared memory


fork = mp.get_context("fork")
sys.stdout.flush()  # or the child flushes this process's buffered lines again
worker = fork.Process(target=child, args=(model, plain))
bias_before = model.bias.item()
worker.start()
worker.join()
assert worker.exitcode == 0
print("after the child's writes and step, the parent sees:")
print("  weight:", model.weight.tolist())
print("  bias - bias before:", round(model.bias.item() - bias_before, 4))
print("  plain tensor (not shared):", plain.tolist())
print("  parameters' grad:", [p.grad for p in model.parameters()])
