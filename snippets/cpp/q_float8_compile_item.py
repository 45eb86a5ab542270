# terminal: Inductor compiles C++ for the CPU, which a kernel may lack
# torch.compile can call .item() on a float8 tensor of your graph: Inductor's
# constant folding reads the one value of a tensor that holds one value.
import logging

import torch
from torch._inductor.fx_passes import joint_graph
from torch.utils._python_dispatch import TorchDispatchMode

f8 = torch.float8_e4m3fn


class Ops(TorchDispatchMode):
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        print("  .item() runs", func)
        return func(*args, **(kwargs or {}))


first = torch.full((4,), 2.0, dtype=f8)[0]
with Ops():
    value = first.item()
print("  and on this CPU it returns", value)

# which tensors constant folding reads a value of, while compiling f
folded = []
Folder = joint_graph.UniformValueConstantFolder
original = Folder.add_node_replacement


def spy(self, node, tensor):
    folded.append(f"{node.target} ({tensor.dtype})")
    return original(self, node, tensor)


def f(x):
    w = torch.full((4,), 2.0, dtype=f8)  # a float8 constant
    return x * w.float()


x = torch.arange(4.0)
# A CUDA build without a CUDA runtime logs that it found none; not ours.
cpp_log = logging.getLogger("torch.utils.cpp_extension")
cpp_level = cpp_log.level
cpp_log.setLevel(logging.ERROR)
no_cache = dict(fx_graph_cache=False)  # caches off: AOTAutograd's skips passes
Folder.add_node_replacement = spy
try:
    with torch._inductor.config.patch(no_cache), \
            torch._functorch.config.patch(enable_autograd_cache=False):
        out = torch.compile(f)(x)
    print("compiled: .item() on", ", ".join(folded))
    torch._dynamo.reset()
    folded.clear()
    # the workaround: no constant folding on the joint graph
    unfolded = dict(no_cache, joint_graph_constant_folding=False)
    with torch._inductor.config.patch(unfolded), \
            torch._functorch.config.patch(enable_autograd_cache=False):
        out_unfolded = torch.compile(f)(x)
    print("joint_graph_constant_folding=False: .item() on",
          ", ".join(folded) or "nothing")
    assert torch.equal(out, out_unfolded) and torch.equal(out, f(x))
    print("same result, folded or not, as eager:", out)
finally:
    Folder.add_node_replacement = original
    cpp_log.setLevel(cpp_level)
    torch._dynamo.reset()
