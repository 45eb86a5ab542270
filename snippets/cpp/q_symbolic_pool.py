# The report's F.adaptive_max_pool1d under torch.compile(dynamic=True), on
# the CPU: one graph serves both lengths in torch 2.13.0. Which kernels give
# the operators' shapes on fake tensors there?
import torch
import torch.nn.functional as F


def func(x):
    return F.adaptive_max_pool1d(x, 1)


graphs = []


def backend(gm, example_inputs):  # counts the graphs compiled
    graphs.append(gm)
    return gm.forward


torch._dynamo.reset()
opt_func = torch.compile(func, backend=backend, dynamic=True, fullgraph=True)
for n in (4, 5):
    x = torch.randn((1, n))
    assert torch.equal(opt_func(x), func(x))  # the eager result
    print(f"x of shape (1, {n}): compiled, graphs so far: {len(graphs)}")
torch._dynamo.reset()

aten = torch.ops.aten
for op in (aten.adaptive_max_pool1d.default, aten.adaptive_max_pool2d.default):
    name = op.name()
    print(name)
    print("  CompositeImplicitAutograd kernel:",
          torch._C._dispatch_has_kernel_for_dispatch_key(
              name, "CompositeImplicitAutograd"))
    meta = op.py_kernels.get(torch._C.DispatchKey.Meta)  # private
    if meta is not None:
        print(f"  Python Meta kernel: {meta.__module__}.{meta.__name__}")
