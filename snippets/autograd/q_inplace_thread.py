# torch.no_grad() holds only in the thread that entered it. A copy into a
# parameter made by another thread (as gloo's worker thread does for a
# broadcast of CUDA tensors) runs with gradient recording on.
import threading

import torch
import torch.distributed as dist
from torch import nn

torch.manual_seed(0)
p = nn.Parameter(torch.zeros(3))
received = torch.ones(3)  # the values rank 0 would send


def in_another_thread(fn):
    errors = []

    def run():
        try:
            fn()
        except RuntimeError as e:
            errors.append(e)
    t = threading.Thread(target=run)
    t.start()
    t.join()
    return errors[0] if errors else None


with torch.no_grad():
    print("grad mode here:", torch.is_grad_enabled())
    in_another_thread(lambda: print("grad mode in the other thread:",
                                    torch.is_grad_enabled()))
    print("p.copy_ in the other thread:",
          in_another_thread(lambda: p.copy_(received)))

# The fix: hand over p.detach(), which shares p's memory but does not
# require grad, so a copy into it is allowed in any thread.
with torch.no_grad():
    error = in_another_thread(lambda: p.detach().copy_(received))
print("p.detach().copy_ in the other thread:", error, "->", p.data)
assert error is None and torch.equal(p.data, received) and p.is_leaf

# On the CPU, gloo broadcasts straight into the tensor's memory, with no
# copy_: a broadcast into a parameter runs with or without torch.no_grad().
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
q = nn.Parameter(torch.zeros(3))
with torch.no_grad():
    dist.broadcast(q, 0)
dist.broadcast(q, 0)  # grad mode on
print("gloo, CPU: dist.broadcast(q, 0) into a parameter, with and without",
      "no_grad: no error; q is still a leaf:", q.is_leaf)
dist.destroy_process_group()
