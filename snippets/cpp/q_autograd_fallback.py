# "c10d::broadcast_: an autograd kernel was not registered to the Autograd
# key(s) but we are trying to backprop through it": one process, one rank,
# the gloo backend on the CPU, a tensor that requires grad.
import warnings

import torch
import torch.distributed as dist

dist.init_process_group("gloo", store=dist.HashStore(), rank=0,
                        world_size=1)
op = "c10d::broadcast_"
print(op, "autograd kernel of its own:",
      torch._C._dispatch_has_kernel_for_dispatch_key(op, "Autograd"),
      "| AutogradCPU entry:",
      torch._C._dispatch_has_computed_kernel_for_dispatch_key(op,
                                                              "AutogradCPU"))
print("fallback mode:", torch._C._get_autograd_fallback_mode())


def run(no_grad):
    x = torch.ones(2, requires_grad=True)
    t = x * 2                       # a tensor in the graph
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if no_grad:
            with torch.no_grad():
                dist.broadcast(t, src=0)
        else:
            dist.broadcast(t, src=0)
        t.sum().backward()
    return x.grad, [str(w.message).split(" (Triggered")[0] for w in caught]


grad, messages = run(no_grad=False)
print("broadcast in the graph: x.grad", grad.tolist(), "| warned:")
print(*messages)
grad, messages = run(no_grad=True)
print("broadcast under no_grad: x.grad", grad.tolist(), "| warned:",
      messages)
dist.destroy_process_group()
