# Two Hogwild workers, each with its own SGD optimizer over one shared model,
# as in pytorch/examples' mnist_hogwild. Nothing orders their steps: here a
# Barrier and an Event force the order "both compute gradients, then A steps,
# then B steps". Both steps land in the shared storage, but B's gradient was
# computed at weights A has since changed. A Lock held over forward, backward
# and step makes each step whole and the run equal to a serial one.
import sys

import torch
import torch.multiprocessing as mp
from torch import nn

fork = mp.get_context("fork")
data = {"A": (torch.tensor([[1.0, 2.0]]), torch.tensor([[1.0]])),
        "B": (torch.tensor([[2.0, 1.0]]), torch.tensor([[0.0]]))}


def fresh_model():
    torch.manual_seed(0)
    return nn.Linear(2, 1, bias=False)


def train_step(model, optimizer, name):
    x, y = data[name]
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()


def run(worker, model, *sync):
    sys.stdout.flush()
    procs = [fork.Process(target=worker, args=(model, name, *sync))
             for name in "AB"]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        assert p.exitcode == 0
    return model.weight.detach().clone()


def interleaved(model, name, both_have_grads, a_stepped):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = data[name]
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    both_have_grads.wait()  # a Barrier(2): both read the same weights
    if name == "B":
        a_stepped.wait()  # B steps only after A's step
    optimizer.step()  # no lock: param.add_(grad, alpha=-lr) on shared memory
    if name == "A":
        a_stepped.set()


def locked(model, name, lock):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    with lock:  # forward, backward and step: one worker at a time
        train_step(model, optimizer, name)


def serial(order):
    model = fresh_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for name in order:
        train_step(model, optimizer, name)
    return model.weight.detach()


w0 = fresh_model().weight.detach().clone()
hog = run(interleaved, fresh_model().share_memory(),
          fork.Barrier(2), fork.Event())
def rounded(w):
    return [round(v, 4) for v in w.flatten().tolist()]


print("start:                    ", rounded(w0))
print("no lock, both grads at w0:", rounded(hog))
print("serial, A then B:         ", rounded(serial("AB")))

# what the interleaved run applied: both gradients taken at the start weights
grads = []
for name in "AB":
    model = fresh_model()
    x, y = data[name]
    nn.functional.mse_loss(model(x), y).backward()
    grads.append(model.weight.grad)
assert torch.allclose(hog, w0 - 0.1 * (grads[0] + grads[1]))
assert not torch.allclose(hog, serial("AB"))

with_lock = run(locked, fresh_model().share_memory(), fork.Lock())
print("with a Lock, equals a serial run:",
      any(torch.allclose(with_lock, serial(o)) for o in ("AB", "BA")))
