# Does a library that runs my model record a graph, and does my
# torch.no_grad() reach it? Grad mode belongs to the thread that sets it.
from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)
pool = ThreadPoolExecutor(1)                # a library's worker thread


def in_caller_thread(inp):                  # a wrapper that just calls
    return model(inp)


def in_worker(inp):                         # runs it in its own thread
    return pool.submit(model, inp).result()


def in_caller_enable_grad(inp):            # turns recording back on
    with torch.enable_grad():
        return model(inp)


@torch.no_grad()
def worker_no_grad(inp):
    return model(inp)


def in_worker_no_grad(inp):                 # its thread disables grad
    return pool.submit(worker_no_grad, inp).result()


for name, run in [("calls it in your thread", in_caller_thread),
                  ("runs it in a worker thread", in_worker),
                  ("re-enables grad in your thread", in_caller_enable_grad),
                  ("worker under @torch.no_grad()", in_worker_no_grad)]:
    plain = run(x).requires_grad
    with torch.no_grad():
        wrapped = run(x).requires_grad
    print(f"library {name:<30} output requires_grad: {plain!s:<5} | "
          f"inside your torch.no_grad(): {wrapped}")
pool.shutdown()
