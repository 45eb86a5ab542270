# The A3C idiom ensure_shared_grads: the shared model's .grad is assigned the
# worker model's .grad tensor once; from then on the two are one tensor, so
# the worker's next backward writes the shared gradient in place. Shown: the
# identity, what torch 2.x's zero_grad() (set_to_none=True) does to it, a
# second worker in the same process, and that .grad is per process.
import sys

import torch
import torch.multiprocessing as mp
from torch import nn


def ensure_shared_grads(model, shared_model):  # as in A3C repositories
    for param, shared_param in zip(model.parameters(),
                                   shared_model.parameters()):
        if shared_param.grad is not None:
            return
        shared_param._grad = param.grad


def net():
    torch.manual_seed(0)
    return nn.Linear(2, 1, bias=False)


def backward(model, x):
    model(torch.tensor([x])).sum().backward()  # d/dweight = x


shared = net().share_memory()
# the optimizer steps the shared model
optimizer = torch.optim.SGD(shared.parameters(), lr=0.1)
worker = net()
s, w = shared.weight, worker.weight

print("1) the idiom, with zero_grad(set_to_none=False): zeroed in place")
for x in ([1.0, 2.0], [3.0, 4.0]):
    # zeroes the one tensor, the shared and the worker grad
    optimizer.zero_grad(set_to_none=False)
    worker.load_state_dict(shared.state_dict())
    backward(worker, x)
    ensure_shared_grads(worker, shared)
    print(f"   x={x}: shared grad {s.grad.tolist()},"
          f" is the worker's: {s.grad is w.grad},"
          f" same data_ptr: {s.grad.data_ptr() == w.grad.data_ptr()}")
    optimizer.step()

print("2) the same loop with zero_grad()'s default in torch 2.13.0,"
      " set_to_none=True")
for x in ([1.0, 2.0], [3.0, 4.0]):
    optimizer.zero_grad()  # shared .grad = None; the worker's tensor is kept
    worker.load_state_dict(shared.state_dict())
    backward(worker, x)  # accumulates into the worker's old gradient
    ensure_shared_grads(worker, shared)
    print(f"   x={x}: shared grad {s.grad.tolist()}")
assert s.grad.tolist() == [[3.0 + 1 + 3, 4.0 + 2 + 4]]  # never zeroed
worker.zero_grad()  # the fix: zero the worker's gradient too, every step
optimizer.zero_grad()
backward(worker, [3.0, 4.0])
ensure_shared_grads(worker, shared)
print(f"   with worker.zero_grad() as well: {s.grad.tolist()}")

print("3) two workers in one process, one after the other:"
      " the first one's tensor stays")
a, b = net(), net()
optimizer.zero_grad()
backward(a, [1.0, 1.0])
ensure_shared_grads(a, shared)
backward(b, [5.0, 5.0])
ensure_shared_grads(b, shared)  # returns at once: the grad is not None
print(f"   shared grad {s.grad.tolist()}: is a's {s.grad is a.weight.grad},"
      f" is b's {s.grad is b.weight.grad}")

print("4) separate processes: each has its own shared-model object and .grad")
optimizer.zero_grad()


def child(shared, out):
    worker = net()
    backward(worker, [7.0, 7.0])
    ensure_shared_grads(worker, shared)
    out.put((shared.weight.grad.tolist(), shared.weight.grad.is_shared()))


fork = mp.get_context("fork")


def in_child(target, model):
    """Run target(model, queue) in a forked process; what it put."""
    out = fork.SimpleQueue()
    sys.stdout.flush()
    p = fork.Process(target=target, args=(model, out))
    p.start()
    got = out.get()
    p.join()
    return got


grad_in_child, shared_storage = in_child(child, shared)
print(f"   in the child: {grad_in_child}, in shared memory: {shared_storage};"
      f" in the parent: {s.grad}")

print("5) a .grad that exists before share_memory() is moved into"
      " shared memory")
shared5 = net()
backward(shared5, [1.0, 1.0])
shared5.share_memory()  # moves the gradient too


def child5(shared, out):
    worker = net()
    backward(worker, [7.0, 7.0])
    ensure_shared_grads(worker, shared)  # returns at once: .grad is not None
    out.put((shared.weight.grad.is_shared(), shared.weight.grad.tolist()))


is_shared, grad_in_child = in_child(child5, shared5)
print(f"   in the child: {grad_in_child}, in shared memory: {is_shared};"
      f" the worker's [[7.0, 7.0]] never reached it")
