# torch.autograd.graph.saved_tensors_hooks: change how the tensors a
# graph saves for backward are stored (here as float16: half the
# memory), and the pack hook that leaks the whole graph.
import gc
import weakref

import torch
from torch import nn
from torch.autograd.graph import save_on_cpu, saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 256), nn.Tanh(), nn.Linear(256, 1))
x = torch.randn(64, 256)
packed_bytes = []


def pack_as_is(t):  # called once per saved tensor, during the forward
    packed_bytes.append(t.numel() * t.element_size())
    return t.detach()  # not t itself: see the end of the script


def pack_fp16(t):
    if t.is_floating_point() and not isinstance(t, nn.Parameter):
        t = t.to(torch.float16)  # activations only
    return pack_as_is(t)


def unpack(t):  # called when backward reads the tensor
    return t.float()


for label, pack in (("as saved", pack_as_is), ("float16", pack_fp16)):
    model.zero_grad()
    packed_bytes.clear()
    with saved_tensors_hooks(pack, unpack):
        loss = model(x).pow(2).mean()
    loss.backward()
    g = model[0].weight.grad.clone()
    g_ref = g if pack is pack_as_is else g_ref
    print(f"{label:<9} saved {sum(packed_bytes) // 1024:>4} KiB,"
          f" max grad difference {(g - g_ref).abs().max().item():.1e}")

print("save_on_cpu is a pair of these hooks:",
      issubclass(save_on_cpu, saved_tensors_hooks))


# A pack hook that keeps the tensor itself, for an operation that saves
# its output (exp, tanh, sigmoid): the output then holds its own node,
# a cycle through C++ that nothing frees. t.detach() breaks it.
def leaks(pack):
    x = torch.randn(1000, requires_grad=True)
    with saved_tensors_hooks(pack, lambda t: t):
        y = x.exp()
    ref = weakref.ref(y)
    del x, y
    gc.collect()
    return ref() is not None


print("pack returns t:          output still alive", leaks(lambda t: t))
print("pack returns t.detach(): output still alive",
      leaks(lambda t: t.detach()))
